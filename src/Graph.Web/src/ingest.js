// Ingest from the page: paste or upload a text, send it to ingestDocument with the API key, and land on
// what was extracted. A failure shows the API's message and leaves the form filled in, so nothing is lost.
import { gql } from "./api.js";
import { el, clear } from "./dom.js";
import { typeBadge } from "./types.js";

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    unchanged replaced entityCount relationCount mentionCount evidenceCount
    document { key title }
    entities { key name type }
  }
}`;

// PDF needs the API to read the bytes (Graph.Ingest does); the page offers it when the schema takes them.
const INPUT_FIELDS = `{ __type(name: "IngestDocumentInput") { inputFields { name } } }`;

const FORMATS = { txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" };

export function createIngest({ form, result, onLanded }) {
  const file = form.elements.namedItem("file");
  const text = form.elements.namedItem("text");
  const title = form.elements.namedItem("title");
  const format = form.elements.namedItem("format");
  const status = form.querySelector(".form-status");
  let pdfBytes = null;

  file.addEventListener("change", async () => {
    status.textContent = "";
    status.classList.remove("error");
    pdfBytes = null;
    const f = file.files[0];
    if (!f) return;
    const extension = f.name.split(".").pop().toLowerCase();
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, "");
    if (extension === "pdf") {
      const fields = await gql(INPUT_FIELDS).then((d) => d.__type?.inputFields.map((x) => x.name) ?? []).catch(() => []);
      if (!fields.includes("contentBase64")) {
        fail(`This API cannot read PDF files yet (“${f.name}”). Copy the PDF's text and paste it into the text box instead.`);
        file.value = "";
        return;
      }
      pdfBytes = await toBase64(f);
      text.value = "";
      text.placeholder = `${f.name} (${Math.round(f.size / 1024)} KB) will be sent as PDF.`;
      format.value = "pdf";
      return;
    }
    if (!FORMATS[extension]) { fail(`“${f.name}” is not a .txt, .md, .html or .pdf file.`); file.value = ""; return; }
    text.value = await f.text();
    format.value = FORMATS[extension];
  });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const input = { title: title.value.trim(), date: form.elements.namedItem("date").value.trim() || null, format: format.value === "pdf" ? "pdf" : format.value };
    if (pdfBytes) input.contentBase64 = pdfBytes;
    else input.text = text.value;
    if (!input.title) return fail("Give the document a title.");
    if (!pdfBytes && !input.text.trim()) return fail("Paste a text or choose a file first.");
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    status.classList.remove("error");
    status.textContent = "Extracting…";
    try {
      const data = await gql(INGEST, { input }, { withKey: true, timeoutMs: 120000 });
      const r = data.ingestDocument;
      status.textContent = r.unchanged ? "This text was already stored; nothing changed." : `Stored${r.replaced ? " (replacing an earlier version)" : ""}.`;
      showResult(r);
    } catch (err) {
      fail(`Not stored: ${err.message}`);
    } finally {
      submit.disabled = false;
    }
  });

  function fail(message) {
    status.textContent = message;
    status.classList.add("error");
  }

  function showResult(r) {
    clear(result);
    result.append(el("p", {}, `“${r.document.title}”: ${r.entityCount} entities, ${r.relationCount} relations, ${r.mentionCount} mentions, ${r.evidenceCount} pieces of evidence.`));
    const ul = el("ul");
    for (const entity of r.entities.filter(Boolean)) {
      const b = el("button", { type: "button", className: "link" }, entity.name);
      b.addEventListener("click", () => onLanded({ entity: entity.key }));
      ul.append(el("li", {}, typeBadge(entity.type), " ", b));
    }
    const open = el("button", { type: "button" }, "Open the document with its mentions");
    open.addEventListener("click", () => onLanded({ document: r.document.key }));
    result.append(open, ul);
    open.focus();
  }
}

function toBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1]);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
