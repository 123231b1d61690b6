// The services around the spreadsheet: Ui and menus, HtmlService, LockService, Session, ScriptApp,
// Utilities, Logger, console and the Charts enums.
import { readFileSync } from "node:fs";
import path from "node:path";
import { format } from "node:util";
import { formatJavaDate, isDate, timeOf } from "./dates";
import type { LockScope } from "./document";
import { type ExecContext, Fake, fail, signatureError, unwrap } from "./fake";
import type { MenuRecord, PromptAnswer } from "./ui-recorder";

export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  BUBBLE: "BUBBLE",
  CANDLESTICK: "CANDLESTICK",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  GAUGE: "GAUGE",
  GEO: "GEO",
  HISTOGRAM: "HISTOGRAM",
  RADAR: "RADAR",
  LINE: "LINE",
  ORG: "ORG",
  PIE: "PIE",
  SCATTER: "SCATTER",
  SPARKLINE: "SPARKLINE",
  STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE",
  TIMELINE: "TIMELINE",
  TREEMAP: "TREEMAP",
  WATERFALL: "WATERFALL",
} as const;
export const Position = { TOP: "TOP", BOTTOM: "BOTTOM", RIGHT: "RIGHT", NONE: "NONE" } as const;
export const SandboxMode = {
  EMULATED: "EMULATED",
  IFRAME: "IFRAME",
  NATIVE: "NATIVE",
  NONE: "NONE",
} as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

// Ui --------------------------------------------------------------------------------------------------------

export class UiFake extends Fake {
  readonly _class = "Ui";
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  private _menu(title: string | null) {
    const record: MenuRecord = {
      title,
      addon: title === null,
      items: [],
      added: false,
      execution: this._ctx.execution,
    };
    this._ctx.ui.menus.push(record);
    return new MenuFake(this._ctx, record)._self();
  }
  createAddonMenu() {
    return this._menu(null);
  }
  createMenu(caption: string) {
    return this._menu(String(caption));
  }
  private _show(kind: "sidebar" | "modalDialog" | "modelessDialog", html: unknown, title?: string) {
    const out = unwrap(html, HtmlOutputFake);
    if (!out) throw signatureError(this._ctx, `Ui.show${kind[0]?.toUpperCase()}${kind.slice(1)}`, [html]);
    this._ctx.ui.shown.push({
      kind,
      title: title ?? out._title,
      content: out._content,
      width: out._width,
      height: out._height,
      execution: this._ctx.execution,
    });
  }
  showSidebar(userInterface: unknown) {
    this._show("sidebar", userInterface);
  }
  showModalDialog(userInterface: unknown, title: string) {
    this._show("modalDialog", userInterface, String(title));
  }
  showModelessDialog(userInterface: unknown, title: string) {
    this._show("modelessDialog", userInterface, String(title));
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]) {
    this._ctx.ui.alerts.push({ ...dialogArgs(args), execution: this._ctx.execution });
    return this._ctx.ui.alertAnswers.shift() ?? this._ctx.options.alertResponse;
  }
  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(...args: unknown[]) {
    this._ctx.ui.prompts.push({ ...dialogArgs(args), execution: this._ctx.execution });
    const answer = this._ctx.ui.promptAnswers.shift() ?? { button: Button.OK, text: "" };
    return new PromptResponseFake(this._ctx, answer)._self();
  }
}

function dialogArgs(args: unknown[]) {
  const [a, b, c] = args;
  return {
    title: args.length === 3 ? String(a) : null,
    prompt: String(args.length === 3 ? b : a),
    buttons: args.length === 3 ? String(c) : args.length === 2 ? String(b) : null,
  };
}

export class PromptResponseFake extends Fake {
  readonly _class = "PromptResponse";
  constructor(
    ctx: ExecContext,
    private readonly _answer: PromptAnswer,
  ) {
    super(ctx);
  }
  getSelectedButton() {
    return this._answer.button;
  }
  getResponseText() {
    return this._answer.text;
  }
}

export class MenuFake extends Fake {
  readonly _class = "Menu";
  constructor(
    ctx: ExecContext,
    readonly _record: MenuRecord,
  ) {
    super(ctx);
  }
  addItem(caption: string, functionName: string) {
    this._record.items.push({ kind: "item", caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator() {
    this._record.items.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu: unknown) {
    const m = unwrap(menu, MenuFake);
    if (!m) throw signatureError(this._ctx, "Ui.Menu.addSubMenu", [menu]);
    this._record.items.push({ kind: "subMenu", menu: m._record });
    return this;
  }
  addToUi() {
    this._record.added = true;
  }
}

// HtmlService -------------------------------------------------------------------------------------------------

export class HtmlServiceFake extends Fake {
  readonly _class = "HtmlService";
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** Reads `<htmlDir>/<filename>.html` (the name may carry ".html" too). */
  createHtmlOutputFromFile(filename: string) {
    const name = String(filename);
    const file = path.join(this._ctx.options.htmlDir, name.endsWith(".html") ? name : `${name}.html`);
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch {
      throw fail(this._ctx, `No HTML file named ${name} was found.`);
    }
    return new HtmlOutputFake(this._ctx, content)._self();
  }
  createHtmlOutput(html?: string) {
    return new HtmlOutputFake(this._ctx, html === undefined ? "" : String(html))._self();
  }
}

export class HtmlOutputFake extends Fake {
  readonly _class = "HtmlOutput";
  _title = "";
  _width: number | null = null;
  _height: number | null = null;
  constructor(
    ctx: ExecContext,
    public _content: string,
  ) {
    super(ctx);
  }
  setTitle(title: string) {
    this._title = String(title);
    return this;
  }
  getTitle() {
    return this._title;
  }
  getContent() {
    return this._content;
  }
  setContent(content: string) {
    this._content = String(content);
    return this;
  }
  append(addedContent: string) {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string) {
    this._content += String(addedContent).replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
    );
    return this;
  }
  clear() {
    this._content = "";
    return this;
  }
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  getWidth() {
    return this._width;
  }
  setHeight(height: number) {
    this._height = height;
    return this;
  }
  getHeight() {
    return this._height;
  }
  setSandboxMode(_mode: string) {
    return this;
  }
  setXFrameOptionsMode(_mode: string) {
    return this;
  }
  addMetaTag(_name: string, _content: string) {
    return this;
  }
  setFaviconUrl(_iconUrl: string) {
    return this;
  }
}

// LockService ---------------------------------------------------------------------------------------------------

/**
 * Locks are held by an execution (re-entrant within it) and shared through the document, so a lock
 * taken by one execution makes tryLock of another return false. Nothing runs while a caller waits,
 * so a contended lock never frees during the wait: tryLock returns false at once, waitLock throws.
 */
export class LockServiceFake extends Fake {
  readonly _class = "LockService";
  getDocumentLock() {
    return new LockFake(this._ctx, "document")._self();
  }
  getScriptLock() {
    return new LockFake(this._ctx, "script")._self();
  }
  getUserLock() {
    return new LockFake(this._ctx, "user")._self();
  }
}

export class LockFake extends Fake {
  readonly _class = "Lock";
  constructor(
    ctx: ExecContext,
    private readonly _scope: LockScope,
  ) {
    super(ctx);
  }
  tryLock(timeoutInMillis: number) {
    if (typeof timeoutInMillis !== "number")
      throw signatureError(this._ctx, "LockService.Lock.tryLock", [timeoutInMillis]);
    const holder = this._ctx.doc.locks.get(this._scope);
    if (holder !== undefined && holder !== this._ctx.execution) return false;
    this._ctx.doc.locks.set(this._scope, this._ctx.execution);
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis))
      throw fail(this._ctx, "Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock() {
    if (this._ctx.doc.locks.get(this._scope) === this._ctx.execution) this._ctx.doc.locks.delete(this._scope);
  }
  hasLock() {
    return this._ctx.doc.locks.get(this._scope) === this._ctx.execution;
  }
}

// Session, ScriptApp, Utilities, Logger, console, Charts -------------------------------------------------------

export class SessionFake extends Fake {
  readonly _class = "Session";
  getActiveUserLocale() {
    return this._ctx.options.userLocale;
  }
  getScriptTimeZone() {
    return this._ctx.options.scriptTimeZone;
  }
  getTemporaryActiveUserKey() {
    return "fake-temporary-active-user-key";
  }
}

export class ScriptAppFake extends Fake {
  readonly _class = "ScriptApp";
  readonly AuthMode = AuthMode;
}

export class UtilitiesFake extends Fake {
  readonly _class = "Utilities";
  formatDate(date: unknown, timeZone: string, pattern: string) {
    if (!isDate(date) || typeof timeZone !== "string" || typeof pattern !== "string")
      throw signatureError(this._ctx, "Utilities.formatDate", [date, timeZone, pattern]);
    try {
      return formatJavaDate(timeOf(date), timeZone, pattern);
    } catch (e) {
      throw fail(this._ctx, `Invalid argument: ${(e as Error).message}`);
    }
  }
  formatString(template: string, ...args: unknown[]) {
    return format(template, ...args);
  }
  /** Does not wait: the fakes run synchronously and nothing else could happen meanwhile. */
  sleep(_milliseconds: number) {}
  getUuid() {
    return globalThis.crypto.randomUUID();
  }
}

function logLine(args: unknown[]): string {
  return format(...args);
}

export class LoggerFake extends Fake {
  readonly _class = "Logger";
  private _lines: string[] = [];
  log(...args: unknown[]) {
    const line = logLine(args);
    this._lines.push(line);
    this._ctx.logs.push(line);
    if (this._ctx.options.printLogs) console.log(line);
    return this;
  }
  getLog() {
    return this._lines.join("\n");
  }
  clear() {
    this._lines = [];
  }
}

export class ConsoleFake extends Fake {
  readonly _class = "console";
  private _out(level: "log" | "info" | "warn" | "error" | "debug", args: unknown[]) {
    const line = logLine(args);
    this._ctx.logs.push(level === "log" ? line : `[${level}] ${line}`);
    if (this._ctx.options.printLogs) console[level](line);
  }
  log(...args: unknown[]) {
    this._out("log", args);
  }
  info(...args: unknown[]) {
    this._out("info", args);
  }
  warn(...args: unknown[]) {
    this._out("warn", args);
  }
  error(...args: unknown[]) {
    this._out("error", args);
  }
  debug(...args: unknown[]) {
    this._out("debug", args);
  }
  time(_label?: string) {}
  timeEnd(_label?: string) {}
}

export class ChartsFake extends Fake {
  readonly _class = "Charts";
  readonly ChartType = ChartType;
  readonly Position = Position;
}
