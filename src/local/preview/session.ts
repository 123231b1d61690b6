// One workbook of the local preview: the built dist/Code.js run as Apps Script runs it (gas-local,
// a fresh vm context per call, as every google.script.run call is a fresh execution) over the
// in-memory Apps Script fakes, whose formulas HyperFormula computes. A version number counts the
// changes, so the page knows when to redraw.
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { bilingual, type Locale } from "../../domain/i18n";
import { entryPoints } from "../../server/entry-points";
import { N } from "../../workbook/names";
import { columnLetters, parseRangeA1, type Rect, rectA1 } from "../apps-script/a1";
import { isDate, serialWall, timeOf, utcToSerial } from "../apps-script/dates";
import { type AppsScriptGlobals, createAppsScriptGlobals, type FakeAppsScript } from "../apps-script/index";
import { enteredString } from "../apps-script/values";

const require = createRequire(import.meta.url);
const gas = require("gas-local") as {
  require(folder: string, globals: object, options?: { filter?: (f: string) => boolean }): vm.Context;
};

export const DEFAULT_DIST = path.resolve(import.meta.dirname, "../../../dist");

/** Every top-level function of the add-on: the only names /api/run may call. */
export const CALLABLE: ReadonlySet<string> = new Set(entryPoints().map((e) => e.name));

/** The add-on menu's functions /api/menu runs. */
export const MENU_ITEMS = [
  "openSidebar",
  "kpiMenuRefreshAsOf",
  "kpiMenuRecordReview",
  "kpiMenuTidyActuals",
  "kpiMenuConnectSource",
  "kpiMenuAbout",
] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** Calls on these classes that do not start with get/is/has/can change the document. */
const WRITE_CALL =
  /^(Spreadsheet|Sheet|Range|RangeList|NamedRange|Protection|EmbeddedChart|DeveloperMetadata)\.(?!get|is|has|can)/;

/** Calls that show a sheet, as the add-on's "open this sheet" buttons do. */
const ACTIVATE_CALL = /^(Sheet|Range|Spreadsheet)\.(activate|setActiveSheet|setActiveRange)$/;

/** A request the preview refuses, with the HTTP status to answer. Nothing was changed. */
export class PreviewRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RunOutcome {
  /** What the function returned, as JSON (Dates as ISO strings); absent for undefined. */
  returned?: unknown;
  /** What it threw instead. */
  threw?: { name: string; message: string };
  version: number;
}

export interface MenuOutcome {
  alerts: { title: string | null; message: string }[];
  /** The sidebar was shown (openSidebar). */
  sidebar: { title: string } | null;
  threw?: { name: string; message: string };
  version: number;
}

export interface SheetView {
  name: string;
  hidden: boolean;
  active: boolean;
  /** What is shown: from A1, the used area plus room to type. */
  rows: number;
  cols: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixels, one per shown column. */
  columnWidths: number[];
  display: string[][];
  formulas: string[][];
  /** What editing a cell starts from: its formula, or its value as it would be typed. */
  edit: string[][];
  backgrounds: string[][];
  /** Per cell: "b" bold, "r" right-aligned (numbers, dates), "c" centred (TRUE/FALSE), combined. */
  style: string[][];
  /** Named ranges of one cell: "B6" → ["KGI_TARGET"]. */
  names: Record<string, string[]>;
}

export interface WorkbookView {
  version: number;
  locale: Locale;
  timeZone: string;
  sheets: SheetView[];
  /** Every named range: name → "Sheet!A1:B2". */
  namedRanges: Record<string, string>;
  /** Goes up with every call that activated a sheet: the page then shows the active sheet, even one already active. */
  activations: number;
}

export interface SessionOptions {
  locale: Locale;
  /** The spreadsheet's time zone; default the machine's, so dates the add-on builds agree with it. */
  timeZone?: string;
  /** Where Code.js and Sidebar.html are; default dist/. */
  distDir?: string;
}

const MIN_ROWS = 40;
const ROOM_ROWS = 20;
const MIN_COLS = 26;
const ROOM_COLS = 3;
const DEFAULT_WIDTH = 100;

const pad = (n: number) => String(n).padStart(2, "0");

export class PreviewSession {
  readonly fake: FakeAppsScript;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly distDir: string;
  private _version = 0;
  private _activations = 0;

  constructor(options: SessionOptions) {
    this.locale = options.locale;
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.distDir = options.distDir ?? DEFAULT_DIST;
    this.fake = createAppsScriptGlobals({
      locale: options.locale,
      timeZone: this.timeZone,
      htmlDir: this.distDir,
      spreadsheetName: options.locale === "ja" ? "KPI Designer プレビュー" : "KPI Designer preview",
    });
    // The add-on's menu, as when the spreadsheet opens with the add-on enabled.
    const opened = this.execute("onOpen", [{ authMode: "FULL" }]);
    if (opened.threw) throw new Error(`onOpen failed: ${opened.threw.message}`);
  }

  get version(): number {
    return this._version;
  }

  /** The add-on menu's items, as the last onOpen added them. */
  menuItems(): { caption: string; functionName: string }[] {
    const menus = this.fake.ui.addedMenus().filter((m) => m.addon);
    const last = menus[menus.length - 1];
    const items: { caption: string; functionName: string }[] = [];
    for (const e of last?.items ?? []) if (e.kind === "item") items.push(e);
    return items.map(({ caption, functionName }) => ({ caption, functionName }));
  }

  /** Runs a top-level function of dist/Code.js with JSON arguments, as google.script.run does. */
  run(fn: unknown, args: unknown): RunOutcome {
    if (typeof fn !== "string" || fn === "") {
      throw new PreviewRequestError(
        400,
        "bad_request",
        bilingual({
          en: '"fn" must be the name of a server function',
          ja: "「fn」にはサーバー関数の名前を指定してください",
        }),
      );
    }
    if (!CALLABLE.has(fn)) {
      throw new PreviewRequestError(
        404,
        "unknown_function",
        bilingual({
          en: `no server function named ${JSON.stringify(fn)}: only the add-on's top-level functions (src/server/entry-points.ts) can be called`,
          ja: `${JSON.stringify(fn)} というサーバー関数はありません（呼べるのは src/server/entry-points.ts のアドオンの関数だけです）`,
        }),
      );
    }
    if (args !== undefined && !Array.isArray(args)) {
      throw new PreviewRequestError(
        400,
        "bad_request",
        bilingual({ en: '"args" must be an array', ja: "「args」は配列で指定してください" }),
      );
    }
    this.forget();
    return this.execute(fn, (args as unknown[] | undefined) ?? []);
  }

  /** Runs a menu item; a note answers a prompt the item shows, if any (no note: Cancel). */
  /** `answer`: what the add-on's yes/no alerts are answered with (the page asks the person first). */
  menu(item: unknown, note: unknown, answer?: unknown): MenuOutcome {
    if (typeof item !== "string" || !(MENU_ITEMS as readonly string[]).includes(item)) {
      throw new PreviewRequestError(
        400,
        "unknown_menu_item",
        bilingual({
          en: `"item" must be one of ${MENU_ITEMS.join(", ")}`,
          ja: `「item」は ${MENU_ITEMS.join(", ")} のいずれかです`,
        }),
      );
    }
    if (note !== undefined && note !== null && typeof note !== "string") {
      throw new PreviewRequestError(
        400,
        "bad_request",
        bilingual({ en: '"note" must be text', ja: "「note」は文字列で指定してください" }),
      );
    }
    this.forget();
    const ui = this.fake.ui;
    const alertsBefore = ui.alerts.length;
    const shownBefore = ui.shown.length;
    if (answer !== undefined && answer !== "YES" && answer !== "NO") {
      throw new PreviewRequestError(
        400,
        "bad_request",
        bilingual({ en: '"answer" must be YES or NO', ja: "「answer」は YES か NO です" }),
      );
    }
    ui.promptAnswers.length = 0;
    ui.promptAnswers.push(
      typeof note === "string" ? { button: "OK", text: note } : { button: "CANCEL", text: "" },
    );
    ui.alertAnswers.length = 0;
    if (answer !== undefined) ui.alertAnswers.push(answer as string);
    let outcome: RunOutcome;
    try {
      outcome = this.execute(item, []);
    } finally {
      ui.promptAnswers.length = 0;
      ui.alertAnswers.length = 0;
    }
    const shown = ui.shown.slice(shownBefore).filter((s) => s.kind === "sidebar");
    const last = shown[shown.length - 1];
    return {
      alerts: ui.alerts.slice(alertsBefore).map((a) => ({ title: a.title, message: a.prompt })),
      sidebar: last ? { title: last.title } : null,
      ...(outcome.threw ? { threw: outcome.threw } : {}),
      version: outcome.version,
    };
  }

  /** The HTML of the sidebar the add-on showed last (the page's frame loads it), if any. */
  sidebarContent(): string | undefined {
    const shown = this.fake.ui.sidebars();
    return shown[shown.length - 1]?.content;
  }

  /** The title the add-on gives its sidebar (openSidebar's), or its name. */
  sidebarTitle(): string {
    const shown = this.fake.ui.sidebars();
    return shown[shown.length - 1]?.title ?? "KPI Designer";
  }

  private execute(name: string, args: unknown[]): RunOutcome {
    const globals: AppsScriptGlobals = this.fake.newExecution();
    const log = this.fake.log;
    const mark = log.mark();
    let returned: unknown;
    let threw: RunOutcome["threw"];
    try {
      const ctx = gas.require(
        this.distDir,
        { ...globals },
        { filter: (f) => path.basename(f) === "Code.js" },
      );
      this.fake.bindRealm(ctx, globals);
      const fn = (ctx as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`dist/Code.js has no function ${name}`);
      // Arguments made in the script's own realm, as Apps Script hands them over: its arrays and objects.
      const parse = vm.runInContext("JSON.parse", ctx) as (text: string) => unknown[];
      const value = (fn as (...a: unknown[]) => unknown)(...parse(JSON.stringify(args)));
      returned = jsonSafe(value);
    } catch (err) {
      threw = errorInfo(err);
    } finally {
      this.fake.endExecution(globals);
      const calls = log.since(mark);
      if (calls.some((e) => WRITE_CALL.test(e.name))) this._version++;
      if (calls.some((e) => ACTIVATE_CALL.test(e.name))) this._activations++;
    }
    return {
      ...(returned === undefined ? {} : { returned }),
      ...(threw ? { threw } : {}),
      version: this._version,
    };
  }

  /** The preview runs for hours: keep no call history, and only the recent things the Ui showed (before a call). */
  private forget(): void {
    const ui = this.fake.ui;
    this.fake.log.reset();
    const keep = <T>(list: T[], n: number) => {
      if (list.length > n) list.splice(0, list.length - n);
    };
    keep(ui.shown, 1);
    keep(ui.menus, 4);
    keep(ui.alerts, 50);
    keep(ui.prompts, 50);
    keep(ui.toasts, 50);
    keep(this.fake.logs, 200);
  }

  /**
   * Writes values at `a1` with setValues semantics (text parsed as Sheets parses what is typed).
   * Refuses, changing nothing, a missing sheet, a bad A1, ragged or non-scalar values, or a block
   * starting outside the sheet; a block running past its end adds rows and columns, as Sheets does.
   */
  writeCells(sheet: unknown, a1: unknown, values: unknown): { version: number; range: string } {
    const bad = (en: string, ja: string) => new PreviewRequestError(400, "bad_cells", bilingual({ en, ja }));
    if (typeof sheet !== "string" || !this.fake.spreadsheet.sheetNames().includes(sheet))
      throw bad(
        `no sheet named ${JSON.stringify(sheet)}`,
        `${JSON.stringify(sheet)} という名前のシートはありません`,
      );
    const info = this.fake.spreadsheet.sheet(sheet);
    if (typeof a1 !== "string" || /!/.test(a1))
      throw bad('"a1" must be a cell such as "B2"', "「a1」には B2 のようなセル番地を指定してください");
    const rect = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(a1.trim())
      ? parseRangeA1(a1, info.maxRows, info.maxColumns)
      : null;
    if (!rect)
      throw bad(`not a cell: ${JSON.stringify(a1)}`, `セル番地ではありません: ${JSON.stringify(a1)}`);
    if (
      !Array.isArray(values) ||
      values.length === 0 ||
      !values.every((r) => Array.isArray(r) && r.length > 0 && r.length === (values[0] as unknown[]).length)
    )
      throw bad(
        '"values" must be rows of equal length: [["a", 1], ["b", 2]]',
        '「values」は同じ長さの行の配列です: [["a", 1], ["b", 2]]',
      );
    const rows = values as unknown[][];
    const scalar = (v: unknown) =>
      v === null ||
      typeof v === "boolean" ||
      (typeof v === "number" && Number.isFinite(v)) ||
      (typeof v === "string" && v.length <= 50_000);
    if (!rows.every((r) => r.every(scalar)))
      throw bad(
        "each value must be text (up to 50,000 characters), a finite number, true/false or null",
        "値は文字列（5万文字まで）、数値、true/false、null のいずれかです",
      );
    const numRows = rows.length;
    const numCols = (rows[0] as unknown[]).length;
    const single = rect.numRows === 1 && rect.numCols === 1;
    if (!single && (rect.numRows !== numRows || rect.numCols !== numCols))
      throw bad(
        `the range ${a1} is ${rect.numRows} × ${rect.numCols} but the values are ${numRows} × ${numCols}`,
        `範囲 ${a1} は ${rect.numRows} × ${rect.numCols} ですが、値は ${numRows} × ${numCols} です`,
      );
    const target: Rect = { row: rect.row, col: rect.col, numRows, numCols };
    if (target.row > info.maxRows || target.col > info.maxColumns)
      throw bad(
        `${rectA1(target)} starts outside ${sheet} (${info.maxRows} rows × ${info.maxColumns} columns)`,
        `${rectA1(target)} はシート「${sheet}」（${info.maxRows} 行 × ${info.maxColumns} 列）の外から始まっています`,
      );
    // As in Sheets, a paste running past the last row or column adds the rows and columns it needs.
    try {
      this.fake.spreadsheet.paste(sheet, rectA1(target), rows);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw bad(
        `${rectA1(target)} could not be pasted: ${why}`,
        `${rectA1(target)} を貼り付けられません: ${why}`,
      );
    }
    this._version++;
    return { version: this._version, range: rectA1(target) };
  }

  /** A new empty sheet at the end, as Sheets' "+" adds one; refused for a name in use or not a name. */
  addSheet(name: unknown): { version: number; sheet: string } {
    const bad = (en: string, ja: string) => new PreviewRequestError(400, "bad_sheet", bilingual({ en, ja }));
    if (typeof name !== "string" || !name.trim() || name.length > 100 || /[[\]*?:/\\]/.test(name))
      throw bad(
        '"name" must be 1 to 100 characters, none of [ ] * ? : / \\',
        "「name」は 1〜100 文字で、[ ] * ? : / \\ は使えません",
      );
    if (this.fake.spreadsheet.sheetNames().some((n) => n.toLowerCase() === name.trim().toLowerCase()))
      throw bad(
        `a sheet named ${JSON.stringify(name)} exists`,
        `${JSON.stringify(name)} という名前のシートはすでにあります`,
      );
    this.fake.globals.SpreadsheetApp.getActive().insertSheet(
      name.trim(),
      this.fake.spreadsheet.sheetNames().length,
    );
    this._version++;
    return { version: this._version, sheet: name.trim() };
  }

  /** Every sheet as the page draws it. */
  workbook(): WorkbookView {
    const insp = this.fake.spreadsheet;
    const named = insp.namedRanges();
    const cellNames = new Map<string, Record<string, string[]>>();
    const LOG_NAME_PREFIX = N.actualsDate.slice(0, N.actualsDate.indexOf("_") + 1); // "ACT_"
    for (const [name, where] of Object.entries(named)) {
      // The log's columns are named too, but they are data, not inputs to point at.
      if (name.startsWith(LOG_NAME_PREFIX)) continue;
      const bang = where.lastIndexOf("!");
      const [sheet, ref] = [where.slice(0, bang), where.slice(bang + 1)];
      const rect = parseRangeA1(ref, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      if (!rect) continue;
      const forSheet = cellNames.get(sheet) ?? {};
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.col; c < rect.col + rect.numCols; c++) {
          const cell = `${columnLetters(c)}${r}`;
          forSheet[cell] = [...(forSheet[cell] ?? []), name];
        }
      }
      cellNames.set(sheet, forSheet);
    }
    return {
      version: this._version,
      locale: this.locale,
      timeZone: this.timeZone,
      sheets: insp.sheetNames().map((name) => this.sheetView(name, cellNames.get(name) ?? {})),
      namedRanges: named,
      activations: this._activations,
    };
  }

  private sheetView(name: string, names: Record<string, string[]>): SheetView {
    const insp = this.fake.spreadsheet;
    const info = insp.sheet(name);
    const rows = Math.min(info.maxRows, Math.max(info.lastRow + ROOM_ROWS, MIN_ROWS));
    const cols = Math.min(info.maxColumns, Math.max(info.lastColumn + ROOM_COLS, MIN_COLS));
    const a1 = `A1:${columnLetters(cols)}${rows}`;
    const values = insp.sheetValues(name, a1);
    const formulas = insp.sheetFormulas(name, a1);
    const formats = insp.numberFormats(name, a1);
    const weights = insp.fontWeights(name, a1);
    const edit = values.map((row, r) =>
      row.map((v, c) => formulas[r]?.[c] || this.editText(v, formats[r]?.[c] ?? "")),
    );
    const style = values.map((row, r) =>
      row.map((v, c) => {
        let s = weights[r]?.[c] === "bold" ? "b" : "";
        if (typeof v === "number" || isDate(v)) s += "r";
        else if (typeof v === "boolean") s += "c";
        return s;
      }),
    );
    const widths = info.columnWidths as Record<string, number>;
    return {
      name,
      hidden: info.hidden,
      active: info.active,
      rows,
      cols,
      maxRows: info.maxRows,
      maxColumns: info.maxColumns,
      frozenRows: info.frozenRows,
      frozenColumns: info.frozenColumns,
      columnWidths: Array.from({ length: cols }, (_, i) => widths[String(i + 1)] ?? DEFAULT_WIDTH),
      display: insp.sheetDisplayValues(name, a1),
      formulas,
      edit,
      backgrounds: insp.backgrounds(name, a1),
      style,
      names,
    };
  }

  /** A value as someone would type it to get it back. */
  private editText(v: unknown, format: string): string {
    if (v === "" || v === null || v === undefined) return "";
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (isDate(v)) {
      const w = serialWall(utcToSerial(timeOf(v), this.timeZone));
      const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
      return w.hour || w.minute || w.second ? `${day} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` : day;
    }
    const s = String(v);
    // Text that would be read as something else when typed again keeps its apostrophe.
    return format === "@" || enteredString(s, false).raw === `'${s}` ? s : `'${s}`;
  }
}

/**
 * A value as it crosses to the browser. Apps Script hands the success handler null for a return value
 * holding a Date (of any realm) anywhere, so the preview does too: a server function that returns one
 * is a bug the preview must show, not hide.
 */
export function jsonSafe(value: unknown): unknown {
  if (value === undefined) return undefined;
  let holdsDate = false;
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    if (isDate((this as Record<string, unknown>)[key])) holdsDate = true;
    return v;
  });
  if (holdsDate) return null;
  return text === undefined ? undefined : JSON.parse(text);
}

function errorInfo(err: unknown): { name: string; message: string } {
  if (err && typeof err === "object" && "message" in err) {
    const e = err as { name?: unknown; message?: unknown };
    return { name: typeof e.name === "string" ? e.name : "Error", message: String(e.message) };
  }
  return { name: "Error", message: String(err) };
}
