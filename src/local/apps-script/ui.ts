// Ui, its menus and prompts: what the add-on shows, recorded for tests by the UiRecorder.
import { type ExecContext, Fake, signatureError, unwrap } from "./fake";
import { HtmlOutputFake } from "./html-service";
import type { MenuRecord, PromptAnswer } from "./ui-recorder";

export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
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
