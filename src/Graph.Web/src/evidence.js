// The evidence panel: what the graph says about the selection and the sentences that say it. Every claim
// links back to its document, where all the mentions are highlighted.
import { gql } from "./api.js";
import { label, typeBadge } from "./types.js";
import { el, clear } from "./dom.js";
import { curationForEntity, curationForRelation } from "./curation.js";

const EVIDENCE = `document { id key title } sentence text start end method confidence`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id key type name aliases description externalId
    mentions(first: 5) { totalCount nodes { ${EVIDENCE} } }
    relations(first: 100) {
      totalCount
      nodes { id type role confidence evidenceCount status date { display }
        subject { key name type } object { key name type } }
    }
    ... on Event { eventType date { display edtf } place { key name } participants { role entity { key name type } } evidence { ${EVIDENCE} } }
  }
}`;

const RELATION = `query Relation($id: ID!) {
  relation(id: $id) {
    id key type role confidence evidenceCount provenance status statusNote date { display }
    subject { key name type } object { key name type }
    evidence { ${EVIDENCE} }
  }
}`;

const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) { key title date { display } source text mentions { start end text entity { key name type } } }
}`;

const DOCUMENT_TEXT = `query DocumentText($id: ID!) { document(id: $id) { text } }`;

/** The panel's views render into the element they are given; the caller puts it on screen. */
export function createEvidencePanel({ onSelectEntity, onOpenDocument, onChanged, report }) {
  async function showEntity(key, root) {
    const data = await gql(ENTITY, { id: key });
    if (!data.entity) throw notFound(`No entity has the id “${key}”. Search for it by name instead.`);
    const e = data.entity;
    clear(root);
    root.append(
      el("h2", {}, typeBadge(e.type), " ", e.name),
      e.aliases.length ? el("p", {}, el("strong", {}, "Also called: "), e.aliases.join(", ")) : "",
      e.description ? el("p", {}, e.description) : "",
      e.eventType ? el("p", {}, `${label(e.eventType)}, ${e.date?.display ?? "date unknown"}`, e.place ? ` in ${e.place.name}` : "") : "",
      el("p", { className: "muted" }, `Id: ${e.key}`),
    );
    if (e.participants?.length) root.append(el("h3", {}, "Participants"), list(e.participants.map((p) => entityLink(p.entity, p.role))));
    if (e.evidence?.length) { root.append(el("h3", {}, "Evidence")); await appendEvidence(root, e.evidence); }
    else if (e.mentions.nodes.length) {
      root.append(el("h3", {}, `Where the texts name it (${e.mentions.nodes.length} of ${e.mentions.totalCount})`));
      await appendEvidence(root, e.mentions.nodes);
    }
    root.append(el("h3", {}, `Relations (${e.relations.totalCount})`));
    const byType = Map.groupBy(e.relations.nodes, (r) => r.type);
    for (const [type, relations] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
      const details = el("details", { open: type !== "MENTIONED_WITH" }, el("summary", {}, `${label(type)} (${relations.length})`));
      details.append(list(relations.map((r) => relationLine(r, e.key))));
      root.append(details);
    }
    if (e.relations.totalCount > e.relations.nodes.length)
      root.append(el("p", { className: "muted" }, `Showing ${e.relations.nodes.length} of ${e.relations.totalCount}; the network and its table show the rest by type.`));
    root.append(curationForEntity(e, { onChanged, report }));
    return e;
  }

  async function showRelation(id, root) {
    const data = await gql(RELATION, { id });
    const r = data.relation;
    if (!r) throw notFound(`No relation has the id “${id}”; it may have been merged or deleted. Pick an edge in the network.`);
    clear(root);
    root.append(
      el("h2", {}, entityLink(r.subject), ` ${label(r.type)} `, entityLink(r.object)),
      el("p", {}, [r.role ? `Role: ${r.role}. ` : "", r.date ? `Date: ${r.date.display}. ` : "",
        `Confidence ${r.confidence.toFixed(2)}, ${r.evidenceCount} piece(s) of evidence, ${label(r.provenance)}, ${label(r.status)}.`,
        r.statusNote ? ` Note: ${r.statusNote}` : ""].join("")),
      el("h3", {}, "Evidence"),
    );
    await appendEvidence(root, r.evidence);
    root.append(curationForRelation(r, { onChanged, report }));
    return r;
  }

  async function appendEvidence(root, pieces) {
    const texts = await Promise.all([...new Set(pieces.map((p) => p.document.key))].map(async (key) => [key, await documentText(key)]));
    const byKey = new Map(texts);
    const ol = el("ol", { className: "evidence" });
    for (const p of pieces) {
      const text = byKey.get(p.document.key);
      const li = el("li", {}, sentenceWithMark(text, p));
      const link = el("a", { href: `?doc=${encodeURIComponent(p.document.key)}` }, p.document.title);
      link.addEventListener("click", (ev) => { ev.preventDefault(); onOpenDocument(p.document.key); });
      li.append(el("div", { className: "muted" }, link, ` · sentence ${p.sentence + 1} · ${p.method} · confidence ${p.confidence.toFixed(2)}`));
      ol.append(li);
    }
    root.append(pieces.length ? ol : el("p", {}, "No evidence stored."));
  }

  /** The document's text, to cut the sentence from; fetched per view, so a replaced document is never stale. */
  async function documentText(key) {
    try { return (await gql(DOCUMENT_TEXT, { id: key })).document?.text ?? null; } catch { return null; }
  }

  /** The document in a dialog, with every mention marked and linked to its entity. */
  async function openDocument(key, dialog) {
    const data = await gql(DOCUMENT, { id: key });
    const d = data.document;
    if (!d) throw notFound(`No document has the id “${key}”.`);
    const body = el("div", { className: "document-text" });
    let at = 0;
    for (const m of [...d.mentions].sort((a, b) => a.start - b.start)) {
      if (m.start < at) continue;
      body.append(d.text.slice(at, m.start));
      const mark = el("mark", { title: m.entity ? `${m.entity.name} (${label(m.entity.type)})` : "" }, d.text.slice(m.start, m.end));
      if (m.entity) {
        mark.tabIndex = 0;
        const go = () => { dialog.close(); onSelectEntity(m.entity.key); };
        mark.addEventListener("click", go);
        mark.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
      }
      body.append(mark);
      at = m.end;
    }
    body.append(d.text.slice(at));
    const content = dialog.querySelector(".dialog-content");
    clear(content);
    content.append(el("h2", {}, d.title), el("p", { className: "muted" }, [d.date?.display, d.source, `${d.mentions.length} mentions`].filter(Boolean).join(" · ")), body);
    if (!dialog.open) dialog.showModal();
  }

  function entityLink(entity, role) {
    if (!entity) return el("span", {}, "(deleted entity)");
    const b = el("button", { type: "button", className: "link" }, entity.name);
    b.addEventListener("click", () => onSelectEntity(entity.key));
    return el("span", {}, typeBadge(entity.type), " ", b, role ? ` (${role})` : "");
  }

  function relationLine(r, self) {
    const other = r.subject?.key === self ? r.object : r.subject;
    const arrow = r.subject?.key === self ? "→" : "←";
    const b = el("button", { type: "button", className: "link" }, `${r.evidenceCount} evidence`);
    b.addEventListener("click", () => report.selectRelation(r.id));
    return el("span", {}, `${arrow} `, entityLink(other, r.role), r.date ? ` · ${r.date.display}` : "", ` · ${r.confidence.toFixed(2)} · `, b,
      r.status !== "UNREVIEWED" ? ` · ${label(r.status)}` : "");
  }

  return { showEntity, showRelation, openDocument };
}

function list(items) {
  const ul = el("ul");
  for (const item of items) ul.append(el("li", {}, item));
  return ul;
}

/**
 * The sentence around an evidence span with the span marked. The API gives the span's offsets in the document
 * and the sentence's index; the sentence's own bounds are found from the nearest sentence ends around the span.
 */
export function sentenceWithMark(text, piece) {
  const q = el("blockquote");
  if (!text || text.slice(piece.start, piece.end) !== piece.text) {
    q.append(el("mark", {}, piece.text));
    return q;
  }
  const before = text.slice(Math.max(0, piece.start - 600), piece.start);
  const startMatch = [...before.matchAll(/[.!?]["”’)]?\s+|\n\s*\n/g)].pop();
  const from = startMatch ? piece.start - before.length + startMatch.index + startMatch[0].length : Math.max(0, piece.start - before.length);
  const after = text.slice(piece.end, piece.end + 600);
  const endMatch = after.match(/[.!?]["”’)]?(\s|$)|\n\s*\n/);
  const to = endMatch ? piece.end + endMatch.index + endMatch[0].trimEnd().length : piece.end + after.length;
  q.append(text.slice(from, piece.start).trimStart(), el("mark", {}, text.slice(piece.start, piece.end)), text.slice(piece.end, to).trimEnd());
  return q;
}

function notFound(message) {
  const e = new Error(message);
  e.code = "NOT_FOUND";
  return e;
}
