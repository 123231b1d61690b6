// The local preview page: the workbook as a spreadsheet (tabs, column letters, row numbers,
// computed values, formulas on hover and in the formula bar, the add-on's colours), the add-on
// menu as buttons, and the real sidebar in a 300 px panel. Every text goes in through textContent.
import type { Locale } from "../../../domain/i18n";
import type { MenuOutcome, SheetView, WorkbookView } from "../session";
import { T, type TextKey } from "../text";

interface PageConfig {
  locale: Locale;
  menu: { caption: string; functionName: string }[];
  sidebarTitle: string;
}

interface ApiError {
  error?: { code: string; message: string };
}

const CHANGED = "kpi-preview:changed";
const MENU_FUNCTIONS = [
  "openSidebar",
  "kpiMenuRefreshAsOf",
  "kpiMenuRecordReview",
  "kpiMenuTidyActuals",
  "kpiMenuConnectSource",
  "kpiMenuAbout",
];
const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 46;

const cfg = JSON.parse(document.getElementById("kpi-preview-config")?.textContent ?? "{}") as PageConfig;
const t = (key: TextKey) => T[key][cfg.locale];

function byId<E extends HTMLElement>(id: string): E {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el as E;
}

const el = {
  menu: byId<HTMLElement>("menu"),
  messages: byId<HTMLUListElement>("messages"),
  nameBox: byId<HTMLElement>("name-box"),
  formula: byId<HTMLInputElement>("formula"),
  gridWrap: byId<HTMLElement>("grid-wrap"),
  /** Holds the keyboard focus while a cell is selected: keys, typed text (an IME's too) and pastes land here. */
  keys: byId<HTMLTextAreaElement>("keys"),
  tabs: byId<HTMLElement>("tabs"),
  sidebar: byId<HTMLElement>("sidebar"),
  sidebarFrame: byId<HTMLIFrameElement>("sidebar-frame"),
  sidebarClose: byId<HTMLButtonElement>("sidebar-close"),
};

interface Editing {
  input: HTMLInputElement;
  sheet: string;
  row: number;
  col: number;
  original: string;
  done: boolean;
}

const state: {
  wb: WorkbookView | null;
  sheet: string | null;
  /** The active cell: the formula bar's, where typing goes, the fixed corner of a range. */
  row: number;
  col: number;
  /** The selection's other corner (Shift+click, Shift+arrows, a drag); the active cell when one cell. */
  endRow: number;
  endCol: number;
  /** Where a run of Tab presses started: Enter goes back to it on the next row, as in Sheets. */
  tabStart: number | null;
  editing: Editing | null;
} = { wb: null, sheet: null, row: 0, col: 0, endRow: 0, endCol: 0, tabStart: null, editing: null };

/** Back to A1, one cell (another sheet shown). */
function resetSelection(): void {
  state.row = 0;
  state.col = 0;
  state.endRow = 0;
  state.endCol = 0;
  state.tabStart = null;
}

/** The selected rectangle, 0-based and inclusive. */
function selection(): { top: number; left: number; bottom: number; right: number } {
  return {
    top: Math.min(state.row, state.endRow),
    left: Math.min(state.col, state.endCol),
    bottom: Math.max(state.row, state.endRow),
    right: Math.max(state.col, state.endCol),
  };
}

// --- addresses ----------------------------------------------------------------------------------------

function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const a1Of = (row: number, col: number) => `${columnName(col)}${row + 1}`;

function currentSheet(): SheetView | null {
  return state.wb?.sheets.find((s) => s.name === state.sheet) ?? null;
}

// --- messages -----------------------------------------------------------------------------------------

function showMessage(text: string, kind: "info" | "error" = "info", title?: string | null): void {
  const li = document.createElement("li");
  li.className = `message ${kind}`;
  li.setAttribute("role", kind === "error" ? "alert" : "status");
  if (title) {
    const strong = document.createElement("strong");
    strong.textContent = title;
    li.append(strong, " ");
  }
  const span = document.createElement("span");
  span.className = "text";
  span.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "dismiss";
  close.textContent = "×";
  close.setAttribute("aria-label", t("dismiss"));
  close.addEventListener("click", () => li.remove());
  li.append(span, close);
  el.messages.append(li);
  while (el.messages.children.length > 5) el.messages.firstElementChild?.remove();
}

// --- server -------------------------------------------------------------------------------------------

async function api<R>(path: string, body?: unknown): Promise<R> {
  let response: Response;
  try {
    response = await fetch(
      path,
      body === undefined
        ? { cache: "no-store" }
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    );
  } catch {
    throw new Error(t("serverDown"));
  }
  const json = (await response.json().catch(() => ({}))) as R & ApiError;
  if (!response.ok) throw new Error(json.error?.message ?? `HTTP ${response.status}`);
  return json;
}

/** Writes and redraws run one after another, in the order the user made them. */
let queue: Promise<void> = Promise.resolve();
function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue
    .then(task)
    .catch((e: unknown) => showMessage(e instanceof Error ? e.message : String(e), "error"));
  return queue;
}

async function refresh(): Promise<void> {
  const wb = await api<WorkbookView>("/api/workbook");
  if (state.wb && wb.version < state.wb.version) return;
  const previousActive = state.wb?.sheets.find((s) => s.active)?.name ?? null;
  const active = wb.sheets.find((s) => s.active && !s.hidden)?.name ?? null;
  const visible = wb.sheets.filter((s) => !s.hidden);
  const keep = visible.some((s) => s.name === state.sheet);
  // Follow the active sheet when it changed, or when a call activated one (even the sheet already
  // active, after the user had clicked another tab here): as Sheets does for Sheet.activate().
  const followActive =
    active !== null &&
    state.wb !== null &&
    (active !== previousActive || wb.activations !== state.wb.activations);
  state.wb = wb;
  if (!keep || followActive || state.sheet === null) {
    const next =
      (followActive ? active : null) ?? (keep ? state.sheet : null) ?? active ?? visible[0]?.name ?? null;
    if (next !== state.sheet) {
      state.sheet = next;
      resetSelection();
    }
  }
  render();
}

/** What was typed or pasted and is not written yet: shown over older redraws until its write lands. */
const pending = new Map<string, { text: string; writes: number }>();
const pendingKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${a1Of(row, col)}`;

function writeCells(sheet: string, row: number, col: number, values: string[][]): Promise<void> {
  const keys: string[] = [];
  values.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const key = pendingKey(sheet, row + r, col + c);
      pending.set(key, { text, writes: (pending.get(key)?.writes ?? 0) + 1 });
      keys.push(key);
    });
  });
  return enqueue(async () => {
    try {
      await api<{ version: number }>("/api/cells", { sheet, a1: a1Of(row, col), values });
    } catch (e) {
      showMessage(`${t("writeFailed")}${e instanceof Error ? e.message : String(e)}`, "error");
    }
    for (const key of keys) {
      const p = pending.get(key);
      if (p && --p.writes <= 0) pending.delete(key);
    }
    await refresh();
  });
}

// --- drawing ------------------------------------------------------------------------------------------

function renderTabs(): void {
  el.tabs.replaceChildren();
  for (const s of state.wb?.sheets ?? []) {
    if (s.hidden) continue;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "tab";
    b.setAttribute("role", "tab");
    b.setAttribute("aria-selected", String(s.name === state.sheet));
    b.dataset.sheet = s.name;
    b.textContent = s.name;
    b.addEventListener("click", () => {
      if (state.sheet === s.name) return;
      finishEditing(true);
      state.sheet = s.name;
      resetSelection();
      el.gridWrap.scrollTo(0, 0);
      render();
    });
    el.tabs.append(b);
  }
  // As in Sheets, a sheet of the team's own (a form's responses, a pasted CRM export) can be added.
  const add = document.createElement("button");
  add.type = "button";
  add.className = "tab add-sheet";
  add.textContent = "+";
  add.title = t("addSheet");
  add.setAttribute("aria-label", t("addSheet"));
  add.addEventListener("click", () => {
    const name = window.prompt(t("newSheetName"))?.trim();
    if (!name) return;
    void enqueue(async () => {
      await api("/api/sheets", { name });
      state.sheet = name;
      resetSelection();
      await refresh();
    });
  });
  el.tabs.append(add);
}

function cellTitle(s: SheetView, row: number, col: number): string {
  const parts = [...(s.names[a1Of(row, col)] ?? [])];
  const formula = s.formulas[row]?.[col] ?? "";
  if (formula) parts.push(formula);
  else {
    const shown = s.display[row]?.[col] ?? "";
    if (shown.length > 12) parts.push(shown);
  }
  return parts.join("\n");
}

function renderGrid(): void {
  const s = currentSheet();
  el.gridWrap.replaceChildren();
  if (!s) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = state.wb ? t("noSheets") : t("loading");
    el.gridWrap.append(p);
    return;
  }
  const table = document.createElement("table");
  table.className = "grid";
  table.setAttribute("aria-label", `${t("grid")}: ${s.name}`);
  table.dataset.sheet = s.name;
  const colgroup = document.createElement("colgroup");
  const widths = [ROW_HEADER_WIDTH, ...s.columnWidths];
  for (const w of widths) {
    const c = document.createElement("col");
    c.style.width = `${w}px`;
    colgroup.append(c);
  }
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  table.append(colgroup);

  const lefts: number[] = [];
  let x = ROW_HEADER_WIDTH;
  for (let c = 0; c < s.cols; c++) {
    lefts.push(x);
    x += s.columnWidths[c] ?? 100;
  }

  // Frozen rows and columns stay where they are while the rest scrolls under them, as in Sheets: the
  // column letters and row numbers always, the frozen panes (e.g. Actuals' row 1 and A:B) too; the
  // stacking order is in the CSS (assets.ts).
  const frozenRows = Math.min(s.frozenRows, s.rows);
  const frozenColumns = Math.min(s.frozenColumns, s.cols);
  const thead = document.createElement("thead");
  const hr = document.createElement("tr");
  const corner = document.createElement("th");
  corner.className = "corner";
  hr.append(corner);
  for (let c = 0; c < s.cols; c++) {
    const th = document.createElement("th");
    th.className = "col-head";
    th.scope = "col";
    th.textContent = columnName(c);
    if (c < frozenColumns) {
      th.classList.add("frozen-col");
      th.style.left = `${lefts[c]}px`;
    }
    hr.append(th);
  }
  thead.append(hr);
  table.append(thead);

  const tbody = document.createElement("tbody");
  for (let r = 0; r < s.rows; r++) {
    const tr = document.createElement("tr");
    const rh = document.createElement("th");
    rh.className = "row-head";
    rh.scope = "row";
    rh.textContent = String(r + 1);
    tr.append(rh);
    const frozenRow = r < frozenRows;
    if (frozenRow) {
      rh.classList.add("frozen-row");
      rh.style.top = `${HEADER_HEIGHT + r * ROW_HEIGHT}px`;
    }
    const display = (s.display[r] ?? []).map(
      (text, c) => pending.get(pendingKey(s.name, r, c))?.text ?? text,
    );
    for (let c = 0; c < s.cols; c++) {
      const td = document.createElement("td");
      td.dataset.a1 = a1Of(r, c);
      td.dataset.r = String(r);
      td.dataset.c = String(c);
      const text = display[c] ?? "";
      const bg = s.backgrounds[r]?.[c] ?? "";
      if (/^#[0-9a-fA-F]{6}$/.test(bg) && bg.toLowerCase() !== "#ffffff") td.style.backgroundColor = bg;
      const style = s.style[r]?.[c] ?? "";
      if (style.includes("b")) td.classList.add("bold");
      if (style.includes("r")) td.classList.add("right");
      else if (style.includes("c")) td.classList.add("center");
      if (s.formulas[r]?.[c]) td.classList.add("formula");
      if (s.names[a1Of(r, c)]) td.classList.add("named");
      const title = cellTitle(s, r, c);
      if (title) td.title = title;
      // Text runs on over empty cells to its right, as in Sheets; not past the frozen columns' edge.
      const frozenCol = c < frozenColumns;
      const spillEnd = frozenCol ? frozenColumns : s.cols;
      let spill = 0;
      if (text && !style.includes("r") && !style.includes("c")) {
        for (let n = c + 1; n < spillEnd && !(display[n] ?? "") && !s.formulas[r]?.[n]; n++) {
          spill += s.columnWidths[n] ?? 100;
          if (spill > 1200) break;
        }
      }
      if (spill > 0) {
        const span = document.createElement("span");
        span.className = "spill";
        span.style.maxWidth = `${(s.columnWidths[c] ?? 100) + spill - 8}px`;
        span.textContent = text;
        td.classList.add("spill-host");
        td.append(span);
      } else td.textContent = text;
      if (frozenRow) {
        td.classList.add("frozen-row");
        td.style.top = `${HEADER_HEIGHT + r * ROW_HEIGHT}px`;
        if (r === frozenRows - 1) td.classList.add("freeze-bottom");
      }
      if (frozenCol) {
        td.classList.add("frozen-col");
        td.style.left = `${lefts[c]}px`;
        if (c === frozenColumns - 1) td.classList.add("freeze-right");
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  el.gridWrap.append(table);
}

/** Set while the grid is redrawn: the editor it carries over loses focus for a moment. */
let redrawing = false;

function render(): void {
  const editing = state.editing;
  const caret = editing ? [editing.input.selectionStart ?? 0, editing.input.selectionEnd ?? 0] : [0, 0];
  redrawing = true;
  try {
    renderTabs();
    renderGrid();
    paintSelection(null);
    // A cell being typed into when a redraw arrives keeps its editor and what was typed.
    const td = editing && editing.sheet === state.sheet ? cellAt(editing.row, editing.col) : null;
    if (editing && td) {
      td.replaceChildren(editing.input);
      td.classList.add("editing");
      editing.input.focus({ preventScroll: true });
      editing.input.setSelectionRange(caret[0] ?? 0, caret[1] ?? 0);
      el.formula.value = editing.input.value;
    } else state.editing = null;
  } finally {
    redrawing = false;
  }
}

function focusGrid(): void {
  const s = currentSheet();
  el.keys.setAttribute("aria-label", s ? `${s.name} ${a1Of(state.row, state.col)}` : t("grid"));
  el.keys.focus({ preventScroll: true });
}

function cellAt(row: number, col: number): HTMLTableCellElement | null {
  // By position, not by a selector: a large selection looks up thousands of cells.
  const table = el.gridWrap.querySelector<HTMLTableElement>("table.grid");
  const cell = table?.tBodies[0]?.rows[row]?.cells[col + 1]; // cells[0] is the row number
  return cell?.tagName === "TD" ? cell : null;
}

/** Selects one cell, which becomes the active cell. */
function select(row: number, col: number, scroll = true): void {
  state.row = row;
  state.col = col;
  state.endRow = row;
  state.endCol = col;
  paintSelection(scroll ? "active" : null);
}

/** Extends the selection from the active cell to this one (Shift+click, Shift+arrows, a drag). */
function extendTo(row: number, col: number, scroll = true): void {
  state.endRow = row;
  state.endCol = col;
  paintSelection(scroll ? "end" : null);
}

/** Marks the active cell and the selected rectangle, and shows them in the name box and formula bar. */
function paintSelection(scrollTo: "active" | "end" | null): void {
  const s = currentSheet();
  if (!s) {
    el.nameBox.textContent = "";
    el.formula.value = "";
    return;
  }
  const clamp = (n: number, size: number) => Math.max(0, Math.min(n, size - 1));
  state.row = clamp(state.row, s.rows);
  state.col = clamp(state.col, s.cols);
  state.endRow = clamp(state.endRow, s.rows);
  state.endCol = clamp(state.endCol, s.cols);
  el.gridWrap.querySelectorAll("td.selected, td.in-range").forEach((old) => {
    old.classList.remove("selected", "in-range");
  });
  const { top, left, bottom, right } = selection();
  const range = top !== bottom || left !== right;
  if (range) {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) cellAt(r, c)?.classList.add("in-range");
  }
  const td = cellAt(state.row, state.col);
  td?.classList.add("selected");
  const target = scrollTo === "end" ? cellAt(state.endRow, state.endCol) : scrollTo ? td : null;
  target?.scrollIntoView({ block: "nearest", inline: "nearest" });
  const active = a1Of(state.row, state.col);
  const names = s.names[active];
  el.nameBox.textContent = range
    ? `${a1Of(top, left)}:${a1Of(bottom, right)}`
    : names
      ? `${active} · ${names.join(", ")}`
      : active;
  el.formula.value = s.edit[state.row]?.[state.col] ?? "";
}

// --- editing ------------------------------------------------------------------------------------------

function startEditing(initial?: string): void {
  const s = currentSheet();
  const td = cellAt(state.row, state.col);
  if (!s || !td) return;
  finishEditing(true);
  const original = s.edit[state.row]?.[state.col] ?? "";
  const input = document.createElement("input");
  input.className = "cell-editor";
  input.setAttribute("aria-label", a1Of(state.row, state.col));
  input.value = initial ?? original;
  td.replaceChildren(input);
  td.classList.add("editing");
  const editing: Editing = { input, sheet: s.name, row: state.row, col: state.col, original, done: false };
  state.editing = editing;
  input.addEventListener("keydown", (e) => {
    if (e.isComposing) return;
    if (e.key === "Enter") {
      e.preventDefault();
      finishEditing(true);
      const col = state.tabStart ?? state.col;
      state.tabStart = null;
      select(state.row + (e.shiftKey ? -1 : 1), col);
      focusGrid();
    } else if (e.key === "Tab") {
      e.preventDefault();
      finishEditing(true);
      if (state.tabStart === null) state.tabStart = state.col;
      select(state.row, state.col + (e.shiftKey ? -1 : 1));
      focusGrid();
    } else if (e.key === "Escape") {
      e.preventDefault();
      finishEditing(false);
      focusGrid();
    }
  });
  input.addEventListener("input", () => {
    el.formula.value = input.value;
  });
  input.addEventListener("blur", () => {
    if (!redrawing) finishEditing(true);
  });
  input.focus();
  const end = input.value.length;
  input.setSelectionRange(end, end);
}

function finishEditing(commit: boolean): void {
  const editing = state.editing;
  if (!editing || editing.done) return;
  editing.done = true;
  state.editing = null;
  const value = editing.input.value;
  const td = editing.input.parentElement;
  if (commit && value !== editing.original) {
    if (td) {
      td.textContent = value;
      td.classList.remove("editing");
    }
    void writeCells(editing.sheet, editing.row, editing.col, [[value]]);
  } else if (td) {
    td.classList.remove("editing");
    const s = currentSheet();
    td.textContent = s?.display[editing.row]?.[editing.col] ?? "";
    select(state.row, state.col, false);
  }
}

/** Tab-separated text (from a spreadsheet or a CRM export) as rows of cells; quoted cells may hold tabs. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const body = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  while (i <= body.length) {
    if (cell === "" && body[i] === '"') {
      let j = i + 1;
      let quoted = "";
      for (; j < body.length; j++) {
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            quoted += '"';
            j++;
          } else break;
        } else quoted += body[j];
      }
      const next = body[j + 1];
      if (j < body.length && (next === "\t" || next === "\n" || next === undefined)) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    const ch = body[i];
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === undefined) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
    i++;
  }
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Cells as tab-separated text, as Sheets copies them: a cell with a tab, a line break or a quote is quoted. */
export function toTsv(rows: string[][]): string {
  const cell = (v: string) => (/[\t\n\r"]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((row) => row.map(cell).join("\t")).join("\n");
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function onGridKey(e: KeyboardEvent): void {
  const s = currentSheet();
  if (state.editing || !s || e.isComposing) return;
  const arrow = ARROWS[e.key];
  if (arrow) {
    e.preventDefault();
    state.tabStart = null;
    if (e.shiftKey) extendTo(state.endRow + arrow[0], state.endCol + arrow[1]);
    else select(state.row + arrow[0], state.col + arrow[1]);
  } else if (e.key === "Tab") {
    e.preventDefault();
    if (state.tabStart === null) state.tabStart = state.col;
    select(state.row, state.col + (e.shiftKey ? -1 : 1));
  } else if (e.key === "Enter" || e.key === "F2") {
    e.preventDefault();
    startEditing();
  } else if (e.key === "Delete" || e.key === "Backspace") {
    // Clears every selected cell, in one write, as Sheets does (nothing to write when all are empty).
    e.preventDefault();
    const { top, left, bottom, right } = selection();
    let filled = false;
    for (let r = top; r <= bottom && !filled; r++)
      for (let c = left; c <= right && !filled; c++)
        filled = (pending.get(pendingKey(s.name, r, c))?.text ?? s.edit[r]?.[c] ?? "") !== "";
    if (filled) {
      const blank = Array.from({ length: bottom - top + 1 }, () => Array<string>(right - left + 1).fill(""));
      void writeCells(s.name, top, left, blank);
    }
  }
  // Anything else (letters, an input method's text) goes into the key sink: see its input event.
}

function onTyped(): void {
  const text = el.keys.value;
  el.keys.value = "";
  if (text && currentSheet()) startEditing(text.replace(/[\r\n\t]/g, " "));
}

// --- menu, sidebar ------------------------------------------------------------------------------------

function showSidebar(reload: boolean): void {
  el.sidebar.hidden = false;
  if (reload) el.sidebarFrame.src = "/sidebar";
}

async function runMenu(item: string, answer?: "YES" | "NO"): Promise<void> {
  const result = await api<MenuOutcome>("/api/menu", { item, ...(answer === undefined ? {} : { answer }) });
  for (const a of result.alerts) showMessage(a.message, "info", a.title);
  if (result.threw) showMessage(`${t("menuFailed")}${result.threw.message}`, "error");
  if (result.sidebar) showSidebar(true);
  if (!state.wb || result.version !== state.wb.version) await refresh();
}

/** Tidy actuals asks yes or no in Sheets: here the page asks, then runs it with the answer. */
async function tidy(): Promise<void> {
  const asked = await api<MenuOutcome>("/api/menu", { item: "kpiMenuTidyActuals", answer: "NO" });
  const question = asked.alerts[0];
  if (!question || asked.alerts.length !== 1 || !question.title) {
    for (const a of asked.alerts) showMessage(a.message, "info", a.title);
    return;
  }
  if (window.confirm(question.message)) await runMenu("kpiMenuTidyActuals", "YES");
}

function renderMenu(): void {
  el.menu.replaceChildren();
  for (const item of cfg.menu) {
    if (!MENU_FUNCTIONS.includes(item.functionName)) continue;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "menu-item";
    b.dataset.fn = item.functionName;
    b.textContent = item.caption;
    b.addEventListener("click", () => {
      if (item.functionName === "kpiMenuTidyActuals") {
        void enqueue(() => tidy());
        return;
      }
      void enqueue(() => runMenu(item.functionName));
    });
    el.menu.append(b);
  }
}

// --- wiring -------------------------------------------------------------------------------------------

/** Set while the mouse button is held down on a cell: moving over others selects up to them. */
let dragging = false;
el.gridWrap.addEventListener("mousedown", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!td || td.classList.contains("editing")) return;
  finishEditing(true);
  state.tabStart = null;
  // Shift+click selects from the active cell to the clicked one, as in Sheets.
  if (e.shiftKey) extendTo(Number(td.dataset.r), Number(td.dataset.c), false);
  else select(Number(td.dataset.r), Number(td.dataset.c), false);
  dragging = e.button === 0;
  e.preventDefault();
  focusGrid();
});
el.gridWrap.addEventListener("mouseover", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!dragging || !td || td.classList.contains("editing")) return;
  const [row, col] = [Number(td.dataset.r), Number(td.dataset.c)];
  if (row !== state.endRow || col !== state.endCol) extendTo(row, col, false);
});
window.addEventListener("mouseup", () => {
  dragging = false;
});
el.gridWrap.addEventListener("dblclick", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!td || td.classList.contains("editing")) return;
  select(Number(td.dataset.r), Number(td.dataset.c), false);
  startEditing();
});
el.keys.addEventListener("keydown", onGridKey);
el.keys.addEventListener("input", (e) => {
  if (!(e as InputEvent).isComposing) onTyped();
});
el.keys.addEventListener("compositionend", onTyped);

el.formula.addEventListener("keydown", (e) => {
  const s = currentSheet();
  if (!s || e.isComposing) return;
  if (e.key === "Enter") {
    e.preventDefault();
    const value = el.formula.value;
    if (value !== (s.edit[state.row]?.[state.col] ?? ""))
      void writeCells(s.name, state.row, state.col, [[value]]);
    focusGrid();
  } else if (e.key === "Escape") {
    e.preventDefault();
    el.formula.value = s.edit[state.row]?.[state.col] ?? "";
    focusGrid();
  }
});

const typing = (target: EventTarget | null) =>
  target !== el.keys && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);

document.addEventListener("paste", (e) => {
  const s = currentSheet();
  if (!s || typing(e.target) || state.editing) return;
  const text = e.clipboardData?.getData("text/plain") ?? "";
  if (text === "") return;
  e.preventDefault();
  // At the selection's top-left cell, as Sheets pastes.
  const { top, left } = selection();
  void writeCells(s.name, top, left, parseTsv(text));
});
document.addEventListener("copy", (e) => {
  const s = currentSheet();
  if (!s || typing(e.target) || state.editing || !e.clipboardData) return;
  e.preventDefault();
  const { top, left, bottom, right } = selection();
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = left; c <= right; c++) row.push(s.display[r]?.[c] ?? "");
    rows.push(row);
  }
  e.clipboardData.setData("text/plain", toTsv(rows));
});

el.sidebarClose.addEventListener("click", () => {
  el.sidebar.hidden = true;
});

// The sidebar says when a call of it may have changed the workbook.
window.addEventListener("message", (e: MessageEvent) => {
  if (e.origin !== window.location.origin || e.source !== el.sidebarFrame.contentWindow) return;
  const data = e.data as { type?: unknown; version?: unknown } | null;
  if (data?.type !== CHANGED || typeof data.version !== "number") return;
  if (!state.wb || data.version !== state.wb.version) void enqueue(refresh);
});
window.addEventListener("focus", () => {
  if (!state.editing) void enqueue(refresh);
});

renderMenu();
render();
void enqueue(refresh);
