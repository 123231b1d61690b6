// HtmlService and HtmlOutput: the sidebar and dialogs, read from the built dist/*.html.
import { readFileSync } from "node:fs";
import path from "node:path";
import { type ExecContext, Fake, fail } from "./fake";

export const SandboxMode = {
  EMULATED: "EMULATED",
  IFRAME: "IFRAME",
  NATIVE: "NATIVE",
  NONE: "NONE",
} as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

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
