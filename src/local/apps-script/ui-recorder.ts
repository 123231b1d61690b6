// What the fake Ui was asked to show, for tests and for the local preview to render.

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "subMenu"; menu: MenuRecord };

export interface MenuRecord {
  /** null for the add-on menu (Extensions → add-on name). */
  title: string | null;
  addon: boolean;
  items: MenuEntry[];
  /** addToUi() was called. */
  added: boolean;
  execution: number;
}

export interface ShownHtml {
  kind: "sidebar" | "modalDialog" | "modelessDialog";
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  execution: number;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string | null;
  execution: number;
}

export interface PromptRecord {
  title: string | null;
  prompt: string;
  buttons: string | null;
  execution: number;
}

/** What the user "answers" to a Ui.prompt. */
export interface PromptAnswer {
  button: string;
  text: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
  execution: number;
}

export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  /** Answers for the next Ui.alert calls, first first; when empty, options.alertResponse ("OK"). */
  readonly alertAnswers: string[] = [];
  /** Answers for the next Ui.prompt calls, first first; when empty, OK with "". */
  readonly promptAnswers: PromptAnswer[] = [];
  readonly toasts: ToastRecord[] = [];

  /** The menus that reached the UI (addToUi called). */
  addedMenus(): MenuRecord[] {
    return this.menus.filter((m) => m.added);
  }

  /** Sidebars shown so far, last one last. */
  sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === "sidebar");
  }

  dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== "sidebar");
  }

  /** Every menu item, sub-menus flattened, in order. */
  menuItems(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (m: MenuRecord) => {
      for (const e of m.items) {
        if (e.kind === "item") out.push({ caption: e.caption, functionName: e.functionName });
        else if (e.kind === "subMenu") walk(e.menu);
      }
    };
    for (const m of this.addedMenus()) walk(m);
    return out;
  }
}
