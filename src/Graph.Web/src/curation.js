// Curation controls, shown with an API key: they call the API's mutations with X-Api-Key and reload the
// views on success. A refused key or a bad value comes back as the API's message, shown next to the control.
import { gql, apiKey } from "./api.js";
import { el } from "./dom.js";
import { createSearch } from "./search.js";

const SET_STATUS = `mutation SetStatus($id: ID!, $status: RelationStatus!, $note: String) {
  setRelationStatus(id: $id, status: $status, note: $note) { id status statusNote }
}`;
const UPDATE = `mutation Update($id: ID!, $name: String, $description: String) {
  updateEntity(id: $id, name: $name, description: $description) { key name description }
}`;
const MERGE = `mutation Merge($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { key name } }`;

function section(title) {
  if (!apiKey.get())
    return { root: el("section", { className: "curation" }, el("h3", {}, title), el("p", { className: "muted" }, "Enter an API key in the header to curate.")), usable: false };
  const status = el("p", { className: "form-status", role: "status" });
  return { root: el("section", { className: "curation" }, el("h3", {}, title)), status, usable: true };
}

/** Runs a mutation; on success the views reload (this form with them), so the outcome goes to `done`. */
async function run(status, action, done, outcome) {
  status.textContent = "Saving…";
  status.classList.remove("error");
  try {
    await action();
    status.textContent = outcome;
    done(outcome);
  } catch (e) {
    status.textContent = e.message;
    status.classList.add("error");
  }
}

export function curationForRelation(relation, { onChanged }) {
  const { root, status, usable } = section("Review this relation");
  if (!usable) return root;
  const note = el("input", { type: "text", id: "curation-note", placeholder: "Why (optional)", value: relation.statusNote ?? "" });
  root.append(el("label", { htmlFor: "curation-note" }, "Note "), note);
  const buttons = el("div", { className: "button-row" });
  for (const [value, text] of [["ACCEPTED", "Accept"], ["REJECTED", "Reject"], ["DISPUTED", "Dispute"]]) {
    const b = el("button", { type: "button", ariaPressed: String(relation.status === value) }, text);
    b.addEventListener("click", () => run(status, () => gql(SET_STATUS, { id: relation.id, status: value, note: note.value || null }, { withKey: true }),
      onChanged, `Relation marked ${value.toLowerCase()}.`));
    buttons.append(b);
  }
  root.append(buttons, status);
  return root;
}

export function curationForEntity(entity, { onChanged, report }) {
  const { root, status, usable } = section("Edit this entity");
  if (!usable) return root;
  const name = el("input", { type: "text", id: "edit-name", value: entity.name, required: true });
  const description = el("textarea", { id: "edit-description", rows: 3 }, entity.description ?? "");
  const save = el("button", { type: "submit" }, "Save name and description");
  const form = el("form", {}, el("label", { htmlFor: "edit-name" }, "Name"), name, el("label", { htmlFor: "edit-description" }, "Description"), description, save);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = { id: entity.key, name: name.value.trim() !== entity.name ? name.value.trim() : null,
      description: description.value.trim() !== (entity.description ?? "") ? description.value.trim() : null };
    if (changes.name === null && changes.description === null) { status.textContent = "Nothing changed."; return; }
    run(status, () => gql(UPDATE, changes, { withKey: true }), onChanged, `Saved the changes to “${entity.name}”.`);
  });

  // Merging picks the other entity with the same search as the header, so a curator never types an id.
  const other = el("input", { type: "text", id: "merge-search", placeholder: "Find the duplicate…", autocomplete: "off" });
  const options = el("ul", { id: "merge-suggestions", className: "suggestions", hidden: true });
  let duplicate = null;
  const merge = el("button", { type: "button", disabled: true }, "Merge into this one");
  createSearch({
    input: other, listbox: options,
    onPick: (picked) => { duplicate = picked; merge.disabled = picked.key === entity.key; merge.textContent = `Merge “${picked.name}” into “${entity.name}”`; },
    onError: (message) => report.error(message),
  });
  merge.addEventListener("click", () => {
    if (!duplicate || !confirm(`Fold “${duplicate.name}” into “${entity.name}”? Its names, mentions and relations move here.`)) return;
    run(status, () => gql(MERGE, { keep: entity.key, remove: duplicate.key }, { withKey: true }), onChanged,
      `Merged “${duplicate.name}” into “${entity.name}”.`);
  });
  root.append(form, el("div", { className: "combo" }, el("label", { htmlFor: "merge-search" }, "Merge a duplicate"), other, options), merge, status);
  return root;
}
