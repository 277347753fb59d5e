// How entity types look: Okabe–Ito colours (distinguishable with the common colour-vision deficiencies)
// plus a distinct shape per type, so colour is never the only cue. Types come from the API; one unknown to
// this table still renders, in grey.

const LOOKS = {
  PERSON: { color: "#0072B2", shape: "ellipse", symbol: "●" },
  ORGANIZATION: { color: "#E69F00", shape: "round-rectangle", symbol: "■" },
  MOVEMENT: { color: "#009E73", shape: "triangle", symbol: "▲" },
  PLACE: { color: "#56B4E9", shape: "diamond", symbol: "◆" },
  CONCEPT: { color: "#CC79A7", shape: "hexagon", symbol: "⬢" },
  WORK: { color: "#F0E442", shape: "rectangle", symbol: "▬" },
  EVENT: { color: "#D55E00", shape: "star", symbol: "★" },
};
const UNKNOWN = { color: "#999999", shape: "ellipse", symbol: "○" };

export const look = (type) => LOOKS[type] ?? UNKNOWN;

export const label = (enumName) => enumName.charAt(0) + enumName.slice(1).toLowerCase().replaceAll("_", " ");

export function typeBadge(type) {
  const span = document.createElement("span");
  span.className = "badge";
  span.style.setProperty("--type-color", look(type).color);
  span.textContent = `${look(type).symbol} ${label(type)}`;
  return span;
}
