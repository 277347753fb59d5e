// The network view: the API's ego network drawn with Cytoscape.js, plus a table of the same nodes and edges
// for readers who cannot use the drawing. Filtering happens in the API (the same query the exports take).
// A click selects (the evidence panel follows) without re-centering, so a double-click can expand in place.
import cytoscape from "cytoscape";
import { latestOnly, exportUrl } from "./api.js";
import { look, label } from "./types.js";

const NETWORK = `query Network($centers: [ID!]!, $depth: Int, $relationTypes: [RelationType!], $entityTypes: [EntityType!],
  $from: String, $to: String, $minConfidence: Float, $limit: Int) {
  network(centers: $centers, depth: $depth, relationTypes: $relationTypes, entityTypes: $entityTypes,
    from: $from, to: $to, minConfidence: $minConfidence, limit: $limit) {
    truncated
    nodes { id key name type distance degree }
    edges { id source target type weight role confidence date { display } }
  }
}`;

export const NODE_LIMIT = 200;
const CO_OCCURRENCE = "MENTIONED_WITH";

/** The network arguments for the current state; shared by the query and the export links. */
export function networkArguments(state, allRelationTypes) {
  let relationTypes = state.relationTypes.length ? state.relationTypes : [];
  if (!state.cooccurrence) relationTypes = (relationTypes.length ? relationTypes : allRelationTypes).filter((t) => t !== CO_OCCURRENCE);
  return {
    centers: [state.entity, ...state.centers.filter((c) => c !== state.entity)],
    depth: state.depth,
    relationTypes: relationTypes.length ? relationTypes : null,
    entityTypes: state.entityTypes.length ? state.entityTypes : null,
    from: state.from === null ? null : String(state.from).padStart(4, "0"),
    to: state.to === null ? null : String(state.to).padStart(4, "0"),
    minConfidence: state.minConfidence,
    limit: NODE_LIMIT,
  };
}

export function networkExportUrl(format, args) {
  return exportUrl(`export/network.${format}`, args);
}

export function createNetworkView({ container, table, onSelectEntity, onSelectRelation, onExpand }) {
  const request = latestOnly();
  const cy = cytoscape({
    container,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {
        selector: "node",
        style: {
          label: "data(name)", "background-color": "data(color)", shape: "data(shape)",
          width: "data(size)", height: "data(size)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 1, "border-color": "#333",
        },
      },
      { selector: "node.center", style: { "border-width": 4, "border-color": "#000" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000", "border-style": "double" } },
      {
        selector: "edge",
        style: {
          label: "data(label)", width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
          "line-color": "#888", "target-arrow-color": "#888", "font-size": 8, color: "#444",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
        },
      },
      { selector: `edge[type = "${CO_OCCURRENCE}"]`, style: { "line-style": "dashed", "target-arrow-shape": "none", "line-color": "#bbb" } },
      { selector: "edge:selected", style: { "line-color": "#000", "target-arrow-color": "#000", width: 4 } },
    ],
  });

  cy.on("tap", "node", (e) => onSelectEntity(e.target.data("key")));
  cy.on("tap", "edge", (e) => onSelectRelation(e.target.id()));
  cy.on("dbltap", "node", (e) => onExpand(e.target.data("key")));

  let last = { nodes: [], edges: [], truncated: false };

  async function load(args) {
    const data = await request(NETWORK, args);
    const network = data.network;
    last = network;
    draw(network, new Set(args.centers));
    renderTable(network);
    return network;
  }

  function draw(network, centers) {
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
    const elements = [
      ...network.nodes.map((n) => ({
        group: "nodes",
        data: { id: n.id, key: n.key, name: n.name, type: n.type, color: look(n.type).color, shape: look(n.type).shape,
          size: 18 + 32 * Math.sqrt(n.degree / maxDegree) },
        classes: centers.has(n.key) || centers.has(n.id) ? "center" : "",
        position: positions.get(n.id),
      })),
      ...network.edges.map((e) => ({
        group: "edges",
        data: { id: e.id, source: e.source, target: e.target, type: e.type, label: label(e.type) + (e.role ? ` (${e.role})` : ""),
          width: Math.min(8, 1 + Math.log2(1 + e.weight) * 1.5) },
      })),
    ];
    cy.batch(() => { cy.elements().remove(); cy.add(elements); });
    const keepPositions = network.nodes.every((n) => positions.has(n.id));
    cy.layout({
      name: "cose", animate: false, randomize: !keepPositions && positions.size === 0, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: network.nodes.length > 150 ? 600 : 1000, fit: true, padding: 30,
    }).run();
  }

  function renderTable(network) {
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const nodeRows = network.nodes.map((n) => [n.name, label(n.type), String(n.distance), String(n.degree), "Expand"]);
    const edgeRows = network.edges.map((e) => [names.get(e.source) ?? e.source, label(e.type) + (e.role ? ` (${e.role})` : ""),
      names.get(e.target) ?? e.target, e.date?.display ?? "", String(e.weight), e.confidence.toFixed(2)]);
    table.replaceChildren(
      makeTable(`Nodes (${network.nodes.length})`, ["Name", "Type", "Hops", "Degree", "Neighbours"], nodeRows, "network-nodes",
        network.nodes.map((n) => () => onSelectEntity(n.key)), network.nodes.map((n) => () => onExpand(n.key))),
      makeTable(`Edges (${network.edges.length})`, ["Source", "Relation", "Target", "Date", "Evidence", "Confidence"], edgeRows, "network-edges",
        network.edges.map((e) => () => onSelectRelation(e.id))),
    );
  }

  return {
    load,
    /** Marks the selected relation (an edge id) or else the selected entity (a node's store key). */
    select({ relation, node }) {
      cy.$(":selected").unselect();
      if (relation) cy.getElementById(relation).select();
      else if (node) cy.nodes().filter((n) => n.data("key") === node).select();
    },
    png: () => cy.png({ full: true, scale: 2, bg: "#ffffff" }),
    relayout: () => draw(last, new Set(cy.nodes(".center").map((n) => n.data("key")))),
    clear() { cy.elements().remove(); table.replaceChildren(); last = { nodes: [], edges: [], truncated: false }; },
    get current() { return last; },
    cy,
  };
}

/** A table whose first column (and the edges' relation column) selects; a node's last column expands it. */
function makeTable(caption, headers, rows, id, actions, expands = null) {
  const t = document.createElement("table");
  t.id = id;
  t.createCaption().textContent = caption;
  const head = t.createTHead().insertRow();
  for (const h of headers) { const th = document.createElement("th"); th.scope = "col"; th.textContent = h; head.append(th); }
  const body = t.createTBody();
  rows.forEach((cells, i) => {
    const tr = body.insertRow();
    cells.forEach((text, j) => {
      const td = tr.insertCell();
      const expand = expands && j === cells.length - 1;
      if (j === 0 || (id === "network-edges" && j === 1) || expand) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = expand ? "" : "link";
        button.textContent = text;
        if (expand) button.setAttribute("aria-label", `Expand ${cells[0]}`);
        button.addEventListener("click", expand ? expands[i] : actions[i]);
        td.append(button);
      } else td.textContent = text;
    });
  });
  return t;
}
