// The tomtat page: plain JavaScript, no build step. Article text only ever reaches the page
// through textContent, never as markup, so nothing in an article can run.

import { fileKind, readText } from "./files.js";
import { errorText } from "./messages.js";

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($("form"));
const list = $("articles");
const status = $("status");
const submit = /** @type {HTMLButtonElement} */ ($("submit"));
const cancel = /** @type {HTMLButtonElement} */ ($("cancel"));
const errorBox = $("error");
const results = $("ket-qua");
const skipLink = $("skip");

/** The server's default request time limit (`--timeout`), used until /openapi.json tells the real one. */
const DEFAULT_SERVER_TIMEOUT_MS = 10_000;
/** How much longer than the server's own limit the page waits before it gives up on a request. */
const TIMEOUT_MARGIN_MS = 3_000;

/** Creates an element with optional class and text (text is always set as textContent). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let nextId = 1;

/**
 * Adds one article editor; `kind` is "text", "html" (main-content extraction) or "markdown"
 * (read as the plain text of its blocks), and names the request field its content goes in.
 */
function addArticle(content = "", kind = "text", fileName = "") {
  const id = nextId++;
  const item = el("li", "article");
  item.dataset.kind = kind;
  const head = el("div", "article-head");
  const heading = el("h3", "article-title");
  const remove = el("button", "remove secondary", "Xoá");
  remove.type = "button";
  remove.addEventListener("click", () => {
    item.remove();
    renumber();
    inputChanged();
    const first = list.querySelector("textarea");
    if (first) first.focus();
  });
  head.append(heading, remove);
  const titleLabel = el("label", "field-label");
  titleLabel.htmlFor = `title-${id}`;
  const title = el("input", "title-input");
  title.id = `title-${id}`;
  title.type = "text";
  title.autocomplete = "off";
  const textLabel = el("label", "field-label");
  textLabel.htmlFor = `text-${id}`;
  const text = /** @type {HTMLTextAreaElement} */ (el("textarea", "text-input"));
  text.id = `text-${id}`;
  text.rows = 7;
  text.value = content;
  item.append(head, titleLabel, title, textLabel, text);
  const notes = {
    html: `Tệp HTML ${fileName}: nội dung chính sẽ được trích tự động.`,
    markdown: `Tệp Markdown ${fileName}: định dạng sẽ được bỏ, chỉ giữ chữ.`,
  };
  if (notes[kind]) item.append(el("p", "kind-note", notes[kind]));
  list.append(item);
  renumber();
  return item;
}

/** Keeps "Bài 1, Bài 2, …" and every label in step with the order on screen. */
function renumber() {
  list.querySelectorAll(".article").forEach((item, i) => {
    const n = i + 1;
    const kind = { html: " (HTML)", markdown: " (Markdown)" }[item.dataset.kind] ?? "";
    item.querySelector(".article-title").textContent = `Bài ${n}${kind}`;
    item.querySelector(".remove").setAttribute("aria-label", `Xoá bài ${n}`);
    const [titleLabel, textLabel] = item.querySelectorAll(".field-label");
    titleLabel.textContent = `Tiêu đề bài ${n} (không bắt buộc)`;
    textLabel.textContent = `Nội dung bài ${n}`;
  });
}

/**
 * Splits a .txt file into headline and body as the command line does: the server reads it
 * (`POST /v1/article`). A file it refuses (empty, a headline alone) or a failed request keeps the
 * whole file as the body, so nothing the user dropped is lost.
 */
async function splitHeadline(content) {
  try {
    const response = await fetch("/v1/article", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: content }),
    });
    if (response.ok) return await response.json();
  } catch {
    // the server is unreachable: the file is kept whole below
  }
  return { title: "", body: content };
}

/** Reads dropped or chosen files into articles, reusing empty editors first. */
async function addFiles(files) {
  const problems = [];
  for (const file of files) {
    const kind = fileKind(file);
    if (kind === undefined) {
      problems.push(`Bỏ qua ${file.name}: chỉ nhận tệp .txt, .md hoặc .html.`);
      continue;
    }
    const content = await readText(file);
    if (content === undefined) {
      problems.push(
        `Không đọc được ${file.name}: tệp không được lưu bằng mã UTF-8 (có thể là Windows-1258, VNI hay TCVN3). Hãy mở tệp, lưu lại dưới dạng UTF-8 rồi thả lại.`,
      );
      continue;
    }
    const empty = [...list.querySelectorAll(".article")].find(
      (item) => item.querySelector("textarea").value.trim() === "" && item.dataset.kind === "text",
    );
    if (kind !== "text") {
      // The server reads the title of an HTML page or a Markdown article's first heading.
      if (empty) empty.remove();
      addArticle(content, kind, file.name);
      continue;
    }
    const { title, body } = await splitHeadline(content);
    const item = empty ?? addArticle("", "text", file.name);
    item.querySelector("textarea").value = body;
    item.querySelector(".title-input").value = title || file.name.replace(/\.[^.]+$/, "");
  }
  renumber();
  inputChanged();
  if (problems.length > 0) showError(problems.join(" "));
}

/** A message in the status line; it takes the place of an error shown before. */
function showStatus(message) {
  errorBox.hidden = true;
  status.textContent = message;
}

/**
 * An error in the alert region, which takes the keyboard focus (the button pressed may be gone
 * or busy); `detail` is the server's own words ("E_OPTION: …"), kept behind "Chi tiết".
 */
function showError(message, detail = "") {
  status.textContent = "";
  $("error-text").textContent = message;
  const details = $("error-detail");
  details.hidden = detail === "";
  details.open = false;
  details.querySelector("code").textContent = detail;
  errorBox.hidden = false;
  errorBox.focus();
}

/**
 * The articles to send, each with the number of its editor ("Bài 3"), so that results name the
 * editors the user sees even when empty ones are skipped; `orphanTitle` is the index of the first
 * editor holding a title but no text, which the user must hear about rather than lose.
 */
function collect() {
  const documents = [];
  const labels = [];
  let orphanTitle;
  list.querySelectorAll(".article").forEach((item, i) => {
    const body = item.querySelector("textarea").value;
    const title = item.querySelector(".title-input").value.trim();
    if (body.trim() === "") {
      if (title && orphanTitle === undefined) orphanTitle = i;
      return;
    }
    const doc = { [item.dataset.kind]: body };
    if (title) doc.title = title;
    documents.push(doc);
    labels.push(`Bài ${i + 1}`);
  });
  return { documents, labels, orphanTitle };
}

/** Hides a previous summary, so that an error is never shown beside a summary of other input. */
function clearResults() {
  results.hidden = true;
  skipLink.hidden = true;
  $("summary").replaceChildren();
  $("sources").replaceChildren();
  $("stats").textContent = "";
  pinned = undefined;
}

/** The request running now, with the reason it was stopped ("cancel" or "timeout"), if it was. */
let running;
/** Whether the input changed since the running request (or the shown summary) was sent. */
let edited = false;

/** Marks the shown summary as made from input that has since changed. */
function inputChanged() {
  edited = true;
  $("stale").hidden = results.hidden;
}

/** The page's time limit: the server's (`--timeout`, as /openapi.json states it) and a margin. */
const clientTimeout = fetch("/openapi.json")
  .then((response) => response.json())
  .then((doc) => Number(doc.info["x-timeout-ms"]))
  .catch(() => Number.NaN)
  .then((ms) => (ms > 0 ? ms : DEFAULT_SERVER_TIMEOUT_MS) + TIMEOUT_MARGIN_MS);

async function summarize(event) {
  event.preventDefault();
  if (running) return;
  const { documents, labels, orphanTitle } = collect();
  if (orphanTitle !== undefined) {
    const n = orphanTitle + 1;
    showError(`Bài ${n} có tiêu đề nhưng chưa có nội dung: hãy dán nội dung hoặc xoá tiêu đề.`);
    list.querySelectorAll("textarea")[orphanTitle]?.focus();
    return;
  }
  if (documents.length === 0) {
    showError("Hãy dán hoặc thả ít nhất một bài.");
    list.querySelector("textarea")?.focus();
    return;
  }
  const length = Number(new FormData(form).get("length") || 200);
  const request = { controller: new AbortController(), reason: "" };
  running = request;
  edited = false;
  setBusy(true);
  showStatus("Đang tóm tắt…");
  const ms = await clientTimeout;
  const timer = setTimeout(() => stop(request, "timeout"), ms);
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ documents, options: { maxSyllables: length } }),
      signal: request.controller.signal,
    });
    const data = await response.json();
    if (!response.ok) {
      const error = data.error ?? {};
      clearResults();
      const lengths = [...form.querySelectorAll("[name=length]")].map((r) => Number(r.value));
      const text = errorText(error, labels, length, Math.max(...lengths));
      showError(text, `${error.code}: ${error.message}`);
      return;
    }
    render(data, labels);
    showStatus(summaryStatus(data, labels));
  } catch {
    clearResults();
    if (request.reason === "cancel") {
      showStatus("Đã huỷ yêu cầu tóm tắt.");
      submit.focus();
    } else if (request.reason === "timeout") {
      showError(
        `Máy chủ tomtat không trả lời sau ${Math.round(ms / 1000)} giây nên trang đã thôi chờ: hãy thử lại, hoặc kiểm tra máy chủ.`,
      );
    } else showError("Không kết nối được tới máy chủ tomtat.");
  } finally {
    clearTimeout(timer);
    running = undefined;
    setBusy(false);
  }
}

/** Stops a request; `reason` says why, for the message shown. */
function stop(request, reason) {
  request.reason = reason;
  request.controller.abort();
}

/**
 * While a request runs the button only looks disabled (aria-disabled), so the keyboard focus stays
 * on it rather than falling to the page; "Huỷ" shows beside it.
 */
function setBusy(busy) {
  submit.setAttribute("aria-disabled", String(busy));
  form.toggleAttribute("aria-busy", busy);
  if (!busy && document.activeElement === cancel) submit.focus();
  cancel.hidden = !busy;
}

/**
 * "Đã tóm tắt 2 bài.", naming the articles the server left out because nothing was left of them
 * after cleaning (`emptyDocuments`: the page sends no ids, so each is named by its position).
 */
function summaryStatus(result, labels) {
  const position = new Map(result.documents.map((doc, d) => [doc.id, d]));
  const emptied = (result.emptyDocuments ?? []).map((id) => {
    const d = position.get(id) ?? -1;
    return labels[d] ?? `Bài ${d + 1}`;
  });
  const done = `Đã tóm tắt ${result.documents.length - emptied.length} bài.`;
  if (emptied.length === 0) return done;
  return `${done} Bỏ qua ${emptied.join(", ")}: chỉ có phần thừa của trang web (nút chia sẻ, menu, chú thích…), không còn nội dung để tóm tắt.`;
}

/**
 * Shows the summary and the cleaned sources, every source sentence a span with id s-DOC-INDEX;
 * `labels[doc]` names each document by its editor ("Bài 3").
 */
function render(result, labels) {
  const label = (d) => labels[d] ?? `Bài ${d + 1}`;
  const sources = $("sources");
  sources.replaceChildren();
  result.documents.forEach((doc, d) => {
    const article = el("article", "source");
    article.setAttribute("aria-label", label(d));
    article.append(el("h3", "", `${label(d)}${doc.title ? `: ${doc.title}` : ""}`));
    let paragraph;
    let current = -1;
    doc.sentences.forEach((sentence, i) => {
      if (!paragraph || sentence.paragraph !== current) {
        paragraph = el("p");
        article.append(paragraph);
        current = sentence.paragraph;
      }
      const span = el("span", "sentence", sentence.text);
      span.id = `s-${d}-${i}`;
      paragraph.append(span, " ");
    });
    sources.append(article);
  });

  const summary = $("summary");
  summary.replaceChildren();
  for (const s of result.sentences) {
    const target = `s-${s.doc}-${s.sentenceIndex}`;
    document.getElementById(target)?.classList.add("chosen");
    const item = el("li");
    const button = el("button", "sum-sentence", s.text);
    button.type = "button";
    button.dataset.target = target;
    button.setAttribute("aria-controls", target);
    button.setAttribute(
      "aria-description",
      `Từ ${label(s.doc).toLowerCase()}, câu ${s.sentenceIndex + 1}`,
    );
    item.append(button, el("span", "from", label(s.doc)));
    summary.append(item);
  }
  const st = result.stats;
  $("stats").textContent =
    `${st.documents} bài, ${st.sentences} câu; tóm tắt ${result.sentences.length} câu, ` +
    `${st.syllables}/${st.budget} âm tiết; phương pháp ${st.method}; ${Math.round(st.elapsedMs)} ms.`;
  results.hidden = false;
  skipLink.hidden = false;
  $("stale").hidden = !edited;
  pinned = undefined;
  results.focus();
}

let pinned;

/** Highlights one source sentence (or the pinned one, or none) and marks its summary sentence. */
function highlight(target, scroll = false) {
  for (const node of document.querySelectorAll(".highlight")) node.classList.remove("highlight");
  for (const node of document.querySelectorAll(".sum-sentence.active"))
    node.classList.remove("active");
  const id = target ?? pinned;
  if (!id) return;
  const source = document.getElementById(id);
  source?.classList.add("highlight");
  const button = document.querySelector(`.sum-sentence[data-target="${id}"]`);
  button?.classList.add("active");
  if (scroll) source?.scrollIntoView({ block: "center", behavior: "smooth" });
}

const summaryList = $("summary");
const targetOf = (event) => event.target.closest?.(".sum-sentence")?.dataset.target;
summaryList.addEventListener("mouseover", (e) => targetOf(e) && highlight(targetOf(e)));
summaryList.addEventListener("mouseout", () => highlight(undefined));
summaryList.addEventListener("focusin", (e) => targetOf(e) && highlight(targetOf(e)));
summaryList.addEventListener("focusout", () => highlight(undefined));
summaryList.addEventListener("click", (e) => {
  const target = targetOf(e);
  if (!target) return;
  pinned = target;
  highlight(target, true);
});

// Files are dropped on the page, anywhere: the browser must never open one in its place (losing
// the pasted articles). The drop zone lights up while files are dragged over the page.
const drop = $("drop");
const draggingFiles = (e) => e.dataTransfer?.types.includes("Files");
document.addEventListener("dragover", (e) => {
  if (!draggingFiles(e)) return;
  e.preventDefault();
  drop.classList.add("over");
});
document.addEventListener("dragleave", (e) => {
  if (e.relatedTarget === null) drop.classList.remove("over");
});
document.addEventListener("drop", (e) => {
  if (!draggingFiles(e)) return;
  e.preventDefault();
  drop.classList.remove("over");
  if (e.dataTransfer.files.length > 0) addFiles([...e.dataTransfer.files]);
});
$("files").addEventListener("change", (e) => {
  addFiles([...e.target.files]);
  e.target.value = "";
});
$("add").addEventListener("click", () => addArticle().querySelector("textarea").focus());
form.addEventListener("submit", summarize);
form.addEventListener("input", inputChanged);
cancel.addEventListener("click", () => running && stop(running, "cancel"));

addArticle();
addArticle();
