// The shareable state: everything a reader would want to bookmark or send lives in the query string.
// Components read `state`, change it with `update`, and re-render on "statechange".

const LISTS = new Set(["centers", "entityTypes", "relationTypes"]);
const NAMES = {
  entity: "e", node: "n", centers: "x", depth: "depth", entityTypes: "et", relationTypes: "rt", minConfidence: "mc",
  cooccurrence: "co", from: "from", to: "to", relation: "rel", event: "ev", group: "group", document: "doc", view: "view",
};
const DEFAULTS = { depth: 1, minConfidence: 0, cooccurrence: true, group: "type", view: "graph" };

export const state = read(location.search);
const target = new EventTarget();

function read(search) {
  const params = new URLSearchParams(search);
  const s = { ...DEFAULTS, centers: [], entityTypes: [], relationTypes: [], entity: null, node: null, from: null, to: null, relation: null, event: null, document: null };
  for (const [field, name] of Object.entries(NAMES)) {
    const raw = params.get(name);
    if (raw === null || raw === "") continue;
    if (LISTS.has(field)) s[field] = raw.split(",").filter(Boolean);
    else if (field === "depth") s.depth = clampInt(raw, 1, 3, DEFAULTS.depth);
    else if (field === "minConfidence") s.minConfidence = Math.min(1, Math.max(0, Number(raw) || 0));
    else if (field === "cooccurrence") s.cooccurrence = raw !== "0";
    else if (field === "from" || field === "to") s[field] = /^\d{1,4}$/.test(raw) ? Number(raw) : null;
    else s[field] = raw;
  }
  return s;
}

function clampInt(raw, min, max, fallback) {
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function write(s) {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(NAMES)) {
    const value = s[field];
    if (value === null || value === undefined || value === DEFAULTS[field]) continue;
    if (Array.isArray(value)) { if (value.length) params.set(name, value.join(",")); }
    else if (typeof value === "boolean") params.set(name, value ? "1" : "0");
    else params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** Changes the state; `push` adds a history entry (selections), otherwise the current one is replaced (filters). */
export function update(changes, { push = false } = {}) {
  Object.assign(state, changes);
  const url = write(state);
  if (url !== location.search) history[push ? "pushState" : "replaceState"](null, "", url);
  target.dispatchEvent(new CustomEvent("statechange", { detail: changes }));
}

export function onChange(listener) {
  target.addEventListener("statechange", (e) => listener(e.detail));
}

window.addEventListener("popstate", () => {
  const next = read(location.search);
  const changed = Object.fromEntries(Object.keys(next).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(state[k])).map((k) => [k, next[k]]));
  Object.assign(state, next);
  target.dispatchEvent(new CustomEvent("statechange", { detail: changed }));
});
