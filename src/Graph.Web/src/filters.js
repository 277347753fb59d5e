// The network filters and the period: form controls that write the URL state. The period is two year
// sliders (from, to) kept in order; clearing "Limit to a period" removes both bounds.
import { el } from "./dom.js";
import { label, look } from "./types.js";

export const FIRST_YEAR = 1900;
export const LAST_YEAR = new Date().getFullYear();

export function createFilters({ root, state, update }) {
  const f = (name) => root.querySelector(`[name="${name}"]`);
  const entityBox = root.querySelector("#entity-type-filters");
  const relationBox = root.querySelector("#relation-type-filters");
  let timer = 0;
  const later = (changes) => { clearTimeout(timer); timer = setTimeout(() => update(changes), 250); };

  for (const name of ["from-year", "to-year", "from-range", "to-range"]) {
    Object.assign(f(name), { min: FIRST_YEAR, max: LAST_YEAR });
  }
  f("to-year").value = f("to-range").value = LAST_YEAR;

  f("depth").addEventListener("change", (e) => update({ depth: Number(e.target.value) }));
  f("min-confidence").addEventListener("input", (e) => { root.querySelector("#min-confidence-value").textContent = Number(e.target.value).toFixed(2); later({ minConfidence: Number(e.target.value) }); });
  f("cooccurrence").addEventListener("change", (e) => update({ cooccurrence: e.target.checked }));

  const period = f("period");
  const setPeriod = (from, to, source) => {
    if (from > to) { if (source === "from") to = from; else from = to; }
    f("from-year").value = f("from-range").value = from;
    f("to-year").value = f("to-range").value = to;
    if (period.checked) later({ from, to });
  };
  period.addEventListener("change", () => {
    root.querySelector("#period-controls").disabled = !period.checked;
    update(period.checked ? { from: Number(f("from-year").value), to: Number(f("to-year").value) } : { from: null, to: null });
  });
  for (const [name, end] of [["from-year", "from"], ["from-range", "from"], ["to-year", "to"], ["to-range", "to"]]) {
    f(name).addEventListener(name.endsWith("range") ? "input" : "change", () => {
      const value = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Number(f(name).value) || FIRST_YEAR));
      const from = end === "from" ? value : Number(f("from-year").value);
      const to = end === "to" ? value : Number(f("to-year").value);
      setPeriod(from, to, end);
    });
  }

  function checkboxes(box, values, selected, onToggle, withLook) {
    box.replaceChildren();
    for (const value of values) {
      const id = `${box.id}-${value}`;
      const input = el("input", { type: "checkbox", id, value, checked: selected.length === 0 || selected.includes(value) });
      input.addEventListener("change", onToggle);
      const text = withLook ? `${look(value).symbol} ${label(value)}` : label(value);
      const lab = el("label", { htmlFor: id }, input, " ", text);
      if (withLook) lab.style.setProperty("--type-color", look(value).color);
      box.append(lab);
    }
  }

  /** Every box ticked means no filter, so the URL stays short and new types are included. */
  const readBoxes = (box) => {
    const all = [...box.querySelectorAll("input")];
    const on = all.filter((i) => i.checked).map((i) => i.value);
    return on.length === all.length ? [] : on;
  };

  return {
    setTypes(t) {
      checkboxes(entityBox, t.entityTypes, state.entityTypes, () => update({ entityTypes: readBoxes(entityBox) }), true);
      checkboxes(relationBox, t.relationTypes.filter((r) => r !== "MENTIONED_WITH"), state.relationTypes,
        () => update({ relationTypes: readBoxes(relationBox) }), false);
      this.sync();
    },
    sync() {
      f("depth").value = String(state.depth);
      f("min-confidence").value = String(state.minConfidence);
      root.querySelector("#min-confidence-value").textContent = state.minConfidence.toFixed(2);
      f("cooccurrence").checked = state.cooccurrence;
      period.checked = state.from !== null || state.to !== null;
      root.querySelector("#period-controls").disabled = !period.checked;
      if (period.checked) {
        const from = state.from ?? FIRST_YEAR, to = state.to ?? LAST_YEAR;
        f("from-year").value = f("from-range").value = from;
        f("to-year").value = f("to-range").value = to;
      }
      for (const i of entityBox.querySelectorAll("input")) i.checked = state.entityTypes.length === 0 || state.entityTypes.includes(i.value);
      for (const i of relationBox.querySelectorAll("input")) i.checked = state.relationTypes.length === 0 || state.relationTypes.includes(i.value);
    },
  };
}
