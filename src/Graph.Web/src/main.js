// Wires the views to the shared URL state. Each view loads on its own, so one failing (a slow network, an
// unknown id) shows its message in place while the others keep working.
import { gql, apiKey } from "./api.js";
import { state, update, onChange } from "./state.js";
import { createSearch } from "./search.js";
import { createNetworkView, networkArguments, networkExportUrl, NODE_LIMIT } from "./network.js";
import { createTimelineView, timelineExportUrl } from "./timeline.js";
import { createEvidencePanel } from "./evidence.js";
import { createIngest } from "./ingest.js";
import { createFilters } from "./filters.js";
import { el } from "./dom.js";

const $ = (id) => document.getElementById(id);
const ENUMS = `{ entityTypes: __type(name: "EntityType") { enumValues { name } }
  relationTypes: __type(name: "RelationType") { enumValues { name } } }`;

const messages = $("messages");
function show(where, text, kind = "error") {
  where.textContent = text;
  where.className = `message ${kind}`;
  where.hidden = !text;
}
const report = {
  error: (text) => show(messages, text),
  selectRelation: (id) => update({ relation: id, event: null }, { push: true }),
};

let enums = { entityTypes: [], relationTypes: [] };

const network = createNetworkView({
  container: $("cy"), table: $("network-table"),
  onSelectEntity: (key) => update({ node: key === state.entity ? null : key, relation: null, event: null }, { push: true }),
  onSelectRelation: (id) => update({ relation: id, event: null }, { push: true }),
  onExpand: (key) => { if (!state.centers.includes(key) && key !== state.entity) update({ centers: [...state.centers, key] }); },
});
const timeline = createTimelineView({ container: $("timeline"), onSelectEvent: (key) => update({ event: key, relation: null }, { push: true }) });
const evidence = createEvidencePanel({
  report,
  onSelectEntity: (key) => selectEntity(key),
  onOpenDocument: (key) => update({ document: key }, { push: true }),
  onChanged: (outcome) => { show(messages, outcome, "info"); refreshAll(); },
});

/** Makes an entity the center of the views (search, links in the panel); a click in the network only selects. */
function selectEntity(key) {
  if (key === state.entity) update({ node: null, relation: null, event: null }, { push: true });
  else update({ entity: key, node: null, centers: [], relation: null, event: null }, { push: true });
}

createSearch({
  input: $("search"), listbox: $("suggestions"),
  onPick: (entity) => selectEntity(entity.key),
  onError: (text) => show(messages, `Search failed: ${text}`),
});

const filters = createFilters({ root: $("filters"), state, update });

createIngest({
  form: $("ingest-form"), result: $("ingest-result"),
  onLanded: ({ entity, document: doc }) => {
    $("ingest-dialog").close();
    if (entity) selectEntity(entity);
    if (doc) update({ document: doc }, { push: true });
  },
});

// --- loading ---------------------------------------------------------------------------------------------

async function loadNetwork() {
  const status = $("network-status");
  if (!state.entity) { network.clear(); show(status, "Search for a person, organization, movement, place or event to see its network.", "info"); return; }
  show(status, "Loading the network…", "info");
  const args = networkArguments(state, enums.relationTypes);
  setExportLinks(args);
  try {
    const result = await network.load(args);
    $("network-summary").textContent = `${result.nodes.length} nodes, ${result.edges.length} edges`;
    if (result.truncated)
      show(status, `Only the first ${NODE_LIMIT} nodes are shown: the network is larger. Narrow it with the entity or relation types, a higher minimum confidence, a shorter period or depth 1.`, "warning");
    else if (!result.nodes.length) show(status, "Nothing matches these filters. Widen the period or clear the type filters.", "info");
    else show(status, "");
    network.select(state);
  } catch (e) {
    if (e.code === "CANCELLED") return;
    network.clear();
    $("network-summary").textContent = "";
    show(status, e.code === "NOT_FOUND" ? `The network cannot be shown: ${e.message} Search for the entity by name.` : `The network cannot be shown: ${e.message}`);
  }
}

const ENTITY_TYPE = `query EntityType($id: ID!) { entity(id: $id) { type } }`;

/** The events of the selected entity, of a selected place (events there), or of the period alone. */
let timelineGeneration = 0;
async function loadTimeline() {
  const generation = ++timelineGeneration; // a newer call supersedes this one after any await
  const status = $("timeline-status");
  const from = state.from === null ? null : String(state.from).padStart(4, "0");
  const to = state.to === null ? null : String(state.to).padStart(4, "0");
  const subject = state.node ?? state.entity;
  if (!subject && from === null) { timeline.clear(); $("timeline-summary").textContent = ""; show(status, ""); return; }
  show(status, "Loading the timeline…", "info");
  let args = { entity: null, place: null, from, to };
  $("export-timelinejs").href = timelineExportUrl({ entity: subject, from, to });
  if (subject) {
    const asked = subject;
    let type;
    try {
      type = (await gql(ENTITY_TYPE, { id: asked })).entity?.type;
    } catch (e) {
      if (generation !== timelineGeneration) return;
      timeline.clear();
      show(status, `The timeline cannot be shown: ${e.message}`);
      return;
    }
    if (generation !== timelineGeneration) return;
    args = { ...args, [type === "PLACE" ? "place" : "entity"]: asked };
  }
  try {
    const result = await timeline.load(args, state.group);
    const more = result.totalCount > result.nodes.length ? ` (the first ${result.nodes.length} of ${result.totalCount})` : "";
    show(status, result.nodes.length ? "" : "No dated events for this selection and period.", "info");
    $("timeline-summary").textContent = `${result.nodes.length} events${more}`;
    timeline.select(state.event);
  } catch (e) {
    if (e.code === "CANCELLED") return;
    timeline.clear();
    show(status, `The timeline cannot be shown: ${e.message}`);
  }
}

let evidenceGeneration = 0;
async function loadEvidence() {
  const generation = ++evidenceGeneration;
  const status = $("evidence-status");
  const panel = $("evidence");
  show(status, "");
  try {
    // Built off-screen and swapped in, so a slow answer for an earlier selection never overwrites a later one.
    const next = document.createElement("div");
    if (state.relation) await evidence.showRelation(state.relation, next);
    else if (state.event) await evidence.showEntity(state.event, next);
    else if (state.node || state.entity) {
      const entity = await evidence.showEntity(state.node ?? state.entity, next);
      if (state.node && generation === evidenceGeneration) {
        const center = el("button", { type: "button" }, `Center the network on ${entity.name}`);
        center.addEventListener("click", () => selectEntity(entity.key));
        next.prepend(center);
      }
      if (!state.node) document.title = `${entity.name} — Graph explorer`;
    }
    if (generation === evidenceGeneration) panel.replaceChildren(...next.childNodes);
  } catch (e) {
    if (generation !== evidenceGeneration) return;
    panel.replaceChildren();
    show(status, e.message);
  }
}

async function loadDocument() {
  const dialog = $("document-dialog");
  if (!state.document) { if (dialog.open) dialog.close(); return; }
  try { await evidence.openDocument(state.document, dialog); }
  catch (e) { show(messages, `The document cannot be opened: ${e.message}`); }
}

function setExportLinks(args) {
  for (const format of ["gexf", "graphml"]) $(`export-${format}`).href = networkExportUrl(format, args);
}

function refreshAll() {
  loadNetwork();
  loadTimeline();
  loadEvidence();
}

onChange((changed) => {
  if (messages.classList.contains("info")) show(messages, ""); // a curation outcome belongs to the view it was made in
  const keys = Object.keys(changed);
  const touches = (...names) => names.some((n) => keys.includes(n));
  if (touches("entity", "centers", "depth", "entityTypes", "relationTypes", "minConfidence", "cooccurrence", "from", "to")) loadNetwork();
  else if (touches("relation", "node")) network.select(state);
  if (touches("entity", "node", "from", "to")) loadTimeline();
  else if (touches("group")) timeline.regroup(state.group);
  if (touches("event")) timeline.select(state.event);
  if (touches("entity", "node", "relation", "event")) loadEvidence();
  if (touches("document")) loadDocument();
  filters.sync();
});

// --- header controls -------------------------------------------------------------------------------------

$("export-png").addEventListener("click", () => {
  const a = document.createElement("a");
  a.href = network.png();
  a.download = `${state.entity ?? "network"}.png`.replace(/[^\w.-]+/g, "_");
  a.click();
});
$("relayout").addEventListener("click", () => network.relayout());
$("show-table").addEventListener("change", (e) => update({ view: e.target.checked ? "table" : "graph" }));
$("group-by").addEventListener("change", (e) => update({ group: e.target.value }));
$("document-dialog").addEventListener("close", () => { if (state.document) update({ document: null }, { push: true }); });
$("open-ingest").addEventListener("click", () => $("ingest-dialog").showModal());

const keyForm = $("key-form");
const syncKey = () => { $("key-status").textContent = apiKey.get() ? "API key set for this tab." : "No API key: browsing only."; $("forget-key").hidden = !apiKey.get(); };
keyForm.addEventListener("submit", (e) => { e.preventDefault(); apiKey.set($("api-key").value.trim()); $("api-key").value = ""; syncKey(); loadEvidence(); });
$("forget-key").addEventListener("click", () => { apiKey.set(""); syncKey(); loadEvidence(); });
syncKey();

onChange(() => applyView());
function applyView() {
  $("show-table").checked = state.view === "table";
  $("network-table").hidden = state.view !== "table";
  $("group-by").value = state.group;
}

// --- start -----------------------------------------------------------------------------------------------

(async () => {
  applyView();
  try {
    const data = await gql(ENUMS, {}, { timeoutMs: 10000 });
    enums = { entityTypes: data.entityTypes.enumValues.map((v) => v.name), relationTypes: data.relationTypes.enumValues.map((v) => v.name) };
    filters.setTypes(enums);
  } catch (e) {
    show(messages, `The API is not answering: ${e.message}`);
    return;
  }
  refreshAll();
  loadDocument();
  if (!state.entity) $("search").focus();
})();
