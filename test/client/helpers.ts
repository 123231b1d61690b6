// Shared by the sidebar tests: mount the wizard into happy-dom, type like a user, find by label.
import { h, render } from "preact";
import { act } from "preact/test-utils";
import { App, type AppProps } from "../../src/client/app";
import { type DraftStorage, memoryStorage } from "../../src/client/draft";
import { applyTemplate } from "../../src/client/plan-load";
import type { EndpointArgs, Server } from "../../src/client/server";
import { newPlanDraft, type StepId, type WizardState } from "../../src/client/state";
import type { EndpointName, EndpointResult } from "../../src/contract/endpoints";
import type { Locale } from "../../src/domain/i18n";

/** The spreadsheet the fake server's kpiGetContext answers for, unless a handler says otherwise. */
export const SPREADSHEET_ID = "1SheetA_fake_spreadsheet_id";

export const TODAY = new Date("2026-02-10T09:00:00Z");

/** A complete, valid wizard state from a template, at a step. */
export function templateState(id: string, locale: Locale = "ja", step: StepId = "process"): WizardState {
  return {
    step,
    plan: applyTemplate(newPlanDraft(locale, TODAY), id),
    origin: "new",
    pristine: false,
    touched: [],
    revealed: [],
  };
}

type Handler<K extends EndpointName> = (
  ...args: EndpointArgs<K>
) => EndpointResult<K> | Promise<EndpointResult<K>>;

export interface FakeServer extends Server {
  calls: { name: EndpointName; args: unknown[] }[];
}

/** A server whose endpoints answer from handlers; kpiGetContext says "no plan here" unless given. */
export function fakeServer(handlers: { [K in EndpointName]?: Handler<K> } = {}): FakeServer {
  const calls: FakeServer["calls"] = [];
  return {
    calls,
    call(name, ...args) {
      calls.push({ name, args });
      const handler = handlers[name] as ((...a: unknown[]) => unknown) | undefined;
      if (handler) return Promise.resolve(handler(...args)) as never;
      if (name === "kpiGetContext") {
        return Promise.resolve({
          ok: true,
          value: {
            spreadsheetId: SPREADSHEET_ID,
            locale: "ja",
            timeZone: "Asia/Tokyo",
            plan: null,
            sheetNames: [],
            ownSheets: {},
            actualRows: 0,
          },
        }) as never;
      }
      return Promise.resolve({
        ok: false,
        error: { code: "failed", message: `no handler for ${name}` },
      }) as never;
    },
  };
}

export async function flush(): Promise<void> {
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

export async function mount(
  props: AppProps & { storage?: DraftStorage | null } = {},
): Promise<{ root: HTMLElement; server: Server }> {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  root.id = "app";
  document.body.append(root);
  const server = props.server ?? fakeServer();
  const storage = props.storage === undefined ? memoryStorage() : props.storage;
  await act(() => {
    render(h(App, { ...props, server, storage }), root);
  });
  await flush();
  return { root, server };
}

export function unmount(root: HTMLElement): void {
  render(null, root);
}

/** The form control a <label> with exactly this text is for (the index-th when several are). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  text: string,
  index?: number,
): T {
  const labels = Array.from(root.querySelectorAll("label")).filter((l) => l.textContent?.trim() === text);
  if (index === undefined && labels.length !== 1) throw new Error(`${labels.length} labels read "${text}"`);
  const label = labels[index ?? 0];
  if (!label) throw new Error(`no label "${text}" #${index}`);
  const id = label.getAttribute("for");
  const el = (
    id ? root.querySelector(`#${CSS.escape(id)}`) : label.querySelector("input, select, textarea")
  ) as T | null;
  if (!el) throw new Error(`label "${text}" has no control`);
  return el;
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = Array.from(root.querySelectorAll("button")).filter((b) => {
    const n = b.getAttribute("aria-label") ?? b.textContent ?? "";
    return typeof name === "string" ? n.trim() === name : name.test(n);
  });
  if (all.length === 0) throw new Error(`no button named ${name}`);
  return all[0] as HTMLButtonElement;
}

export async function type(el: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
  await flush();
}

/** The text of the messages tied to a control by aria-describedby. */
export function describedText(root: ParentNode, el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => root.querySelector(`#${CSS.escape(id)}`)?.textContent ?? "").join(" ");
}
