// The sidebar's only door to the server: google.script.run as a Promise, typed by the contract.
// Injectable: tests and the local preview pass their own Server. Without Apps Script (a plain page)
// every call resolves to a failure the wizard shows, instead of throwing.
import type * as z from "zod/mini";
import type { EndpointName, EndpointResult, endpointArgs } from "../contract/endpoints";
import { bilingual } from "../domain/i18n";

export type EndpointArgs<K extends EndpointName> = z.input<(typeof endpointArgs)[K]>;

export interface Server {
  call<K extends EndpointName>(name: K, ...args: EndpointArgs<K>): Promise<EndpointResult<K>>;
}

export const NOT_IN_APPS_SCRIPT = bilingual({
  en: "Google Apps Script is not available here: open KPI Designer from Google Sheets (Extensions → KPI Designer). You can still design a plan.",
  ja: "Google Apps Script に接続できません。Google スプレッドシートの［拡張機能］→［KPI Designer］から開いてください（計画の設計はこのまま続けられます）。",
});

/** What google.script.run looks like to us: a chain of handlers, then the function by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value?: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

function failure(message: string): { ok: false; error: { code: "failed"; message: string } } {
  return { ok: false, error: { code: "failed", message } };
}

function isResult(x: unknown): x is { ok: boolean } {
  return typeof x === "object" && x !== null && typeof (x as { ok?: unknown }).ok === "boolean";
}

/** google.script.run of this page, or undefined outside Apps Script. */
export function pageScriptRun(): ScriptRun | undefined {
  const g = (globalThis as { google?: { script?: { run?: unknown } } }).google;
  return g?.script?.run as ScriptRun | undefined;
}

export function scriptRunServer(run: ScriptRun | undefined = pageScriptRun()): Server {
  return {
    call<K extends EndpointName>(name: K, ...args: EndpointArgs<K>): Promise<EndpointResult<K>> {
      return new Promise((resolve) => {
        if (!run) {
          resolve(failure(NOT_IN_APPS_SCRIPT));
          return;
        }
        try {
          const runner = run
            .withSuccessHandler((value) =>
              resolve(
                isResult(value)
                  ? (value as EndpointResult<K>)
                  : failure(
                      bilingual({ en: "The server gave no answer.", ja: "サーバーから応答がありません。" }),
                    ),
              ),
            )
            .withFailureHandler((error) => resolve(failure(error?.message || String(error))));
          const fn = runner[name];
          if (typeof fn !== "function") {
            resolve(failure(`${name}: not a server function`));
            return;
          }
          (fn as (...a: unknown[]) => void).apply(runner, args);
        } catch (err) {
          resolve(failure(err instanceof Error ? err.message : String(err)));
        }
      });
    },
  };
}
