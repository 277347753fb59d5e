// Search with suggestions as you type: a WAI-ARIA combobox over the API's prefix lookup (entities) and its
// ranked full-text search, merged so that "chav" finds "Hugo Chávez" by prefix and "Chávez" by any word.
import { latestOnly } from "./api.js";
import { typeBadge } from "./types.js";

const SUGGEST = `query Suggest($text: String!, $first: Int!) {
  entities(search: $text, first: $first) { nodes { key name type aliases } }
  search(text: $text, first: $first) { entity { key name type aliases } }
}`;

/**
 * Wires a combobox. `onPick(entity)` gets {key, name, type}; `onError(message)` reports a failed lookup.
 * Returns nothing: the input and its listbox are the whole interface.
 */
export function createSearch({ input, listbox, onPick, onError, limit = 10 }) {
  const request = latestOnly();
  let items = [];
  let active = -1;
  let timer = 0;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");
  listbox.setAttribute("role", "listbox");

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const render = (message = "") => {
    listbox.replaceChildren();
    if (message) {
      const li = document.createElement("li");
      li.className = "suggestion-empty";
      li.textContent = message;
      listbox.append(li);
    }
    items.forEach((entity, i) => {
      const li = document.createElement("li");
      li.id = `${listbox.id}-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === active));
      li.append(typeBadge(entity.type), " ", entity.name);
      const alias = matchingAlias(entity, input.value);
      if (alias) {
        const small = document.createElement("small");
        small.textContent = ` (${alias})`;
        li.append(small);
      }
      // mousedown, not click: the input's blur would close the list first.
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(i); });
      listbox.append(li);
    });
    listbox.hidden = items.length === 0 && !message;
    input.setAttribute("aria-expanded", String(!listbox.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listbox.id}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const pick = (i) => {
    const entity = items[i];
    if (!entity) return;
    input.value = entity.name;
    close();
    onPick(entity);
  };

  const lookup = async () => {
    const text = input.value.trim();
    if (text.length < 2) { items = []; close(); return; }
    try {
      const data = await request(SUGGEST, { text, first: limit });
      const seen = new Set();
      items = [...data.entities.nodes, ...data.search.map((hit) => hit.entity)]
        .filter((e) => e && !seen.has(e.key) && seen.add(e.key))
        .slice(0, limit);
      active = items.length ? 0 : -1;
      render(items.length ? "" : `Nothing named “${text}”.`);
    } catch (e) {
      if (e.code === "CANCELLED") return;
      items = [];
      render();
      onError(e.message);
    }
  };

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 150); });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      render();
      listbox.children[active]?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (active >= 0) pick(active);
      else { clearTimeout(timer); lookup(); }
    } else if (e.key === "Escape") {
      if (!listbox.hidden) { e.preventDefault(); close(); } else input.value = "";
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}

/** The alias that matched what was typed, when the name itself does not show why the entity came up. */
function matchingAlias(entity, typed) {
  const t = fold(typed.trim());
  if (!t || fold(entity.name).includes(t)) return null;
  return entity.aliases?.find((a) => fold(a).includes(t)) ?? null;
}

export function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
