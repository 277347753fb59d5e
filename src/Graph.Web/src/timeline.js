// The timeline view: the events of the selected entity (or of a place), drawn by vis-timeline. A date that
// covers a span (a month, "c. 1995", "1980s") is drawn as a range from its earliest to its latest day and
// labelled with the API's display text, so a reader never mistakes an approximate date for a precise one.
import { Timeline } from "vis-timeline/standalone";
import { latestOnly, exportUrl } from "./api.js";
import { label } from "./types.js";

const EVENT_FIELDS = `id key name eventType
  date { edtf earliest latest display approximate uncertain precision }
  place { key name }
  participants { role entity { key name type } }`;

const BY_ENTITY = `query Timeline($entity: ID, $place: ID, $from: String, $to: String) {
  timeline(entity: $entity, place: $place, from: $from, to: $to, first: 100) { totalCount nodes { ${EVENT_FIELDS} } }
}`;

const OPEN_START = "0001-01-01";
const OPEN_END = "9999-12-31";

export function timelineExportUrl(args) {
  return exportUrl("export/timeline.timelinejs", args);
}

export function createTimelineView({ container, onSelectEvent }) {
  const request = latestOnly();
  let timeline = null;
  let events = [];

  function ensure() {
    if (timeline) return timeline;
    timeline = new Timeline(container, [], [], {
      stack: true, zoomKey: "ctrlKey", orientation: "top", selectable: true, height: "100%",
      margin: { item: 4 }, tooltip: { followMouse: true },
    });
    timeline.on("select", ({ items }) => {
      const id = items[0];
      if (id) onSelectEvent(String(id).split("|")[0]);
    });
    return timeline;
  }

  async function load(args, groupBy) {
    const data = await request(BY_ENTITY, args);
    events = data.timeline.nodes;
    draw(groupBy);
    return data.timeline;
  }

  function draw(groupBy) {
    const t = ensure();
    const groups = new Map();
    const items = [];
    for (const event of events) {
      const span = spanOf(event.date);
      if (!span) continue;
      const owners = groupBy === "participant"
        ? (event.participants.length ? event.participants.map((p) => p.entity) : [null]).map((e) => e ? { id: e.key, content: e.name } : { id: "-", content: "No participant" })
        : [{ id: event.eventType ?? "OTHER", content: label(event.eventType ?? "OTHER") }];
      for (const owner of owners) {
        groups.set(owner.id, owner);
        items.push({
          id: groupBy === "participant" ? `${event.key}|${owner.id}` : event.key,
          group: owner.id,
          content: escapeHtml(itemLabel(event)),
          title: escapeHtml(`${event.name} — ${event.date.display}${event.place ? ` — ${event.place.name}` : ""}`),
          start: span.start,
          end: span.end,
          type: span.end ? "range" : "box",
          className: event.date.approximate || event.date.uncertain ? "approximate" : "",
        });
      }
    }
    t.setGroups([...groups.values()].sort((a, b) => a.content.localeCompare(b.content)));
    t.setItems(items);
    if (items.length) t.fit({ animation: false });
  }

  return {
    load,
    regroup: draw,
    select(eventKey) {
      if (!timeline) return;
      const ids = timeline.itemsData.getIds().filter((id) => String(id).split("|")[0] === eventKey);
      timeline.setSelection(ids);
    },
    get events() { return events; },
    clear() { events = []; if (timeline) { timeline.setItems([]); timeline.setGroups([]); } },
  };
}

/** Where an event sits on the axis; a span wider than a day is a range. Open bounds collapse to the known end. */
export function spanOf(date) {
  if (!date) return null;
  const earliest = date.earliest === OPEN_START ? null : date.earliest;
  const latest = date.latest === OPEN_END ? null : date.latest;
  if (!earliest && !latest) return null;
  if (!earliest || !latest || earliest === latest) return { start: earliest ?? latest, end: null };
  const end = new Date(`${latest}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: earliest, end: end.toISOString().slice(0, 10) };
}

function itemLabel(event) {
  return `${event.date.display}: ${event.name}`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
