import { createAppsScriptGlobals } from "../../src/local/apps-script";
import { loadCodeJs } from "../support/gas";

type Fn = (...args: unknown[]) => any;

/** dist/Code.js in a fresh vm over a fake spreadsheet, as Apps Script runs it. */
export function addon(options: Parameters<typeof createAppsScriptGlobals>[0] = {}) {
  const fake = createAppsScriptGlobals(options);
  const ctx = loadCodeJs(fake.globals);
  fake.bindRealm(ctx);
  const call = (name: string, ...args: unknown[]) => (ctx[name] as Fn)(...args);
  /** Another execution (another user or tab) over the same document. */
  const other = () => {
    const globals = fake.newExecution();
    const c2 = loadCodeJs(globals);
    fake.bindRealm(c2, globals);
    return { call: (name: string, ...args: unknown[]) => (c2[name] as Fn)(...args), globals };
  };
  return { fake, ctx, call, other };
}

export const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** The connected source as the hidden data sheet keeps it (its "source" row), or null without one. */
export function storedSourceRow(ss: {
  getSheets(): { isSheetHidden(): boolean; getDataRange(): { getValues(): unknown[][] } }[];
}): unknown {
  const rows =
    ss
      .getSheets()
      .find((s) => s.isSheetHidden())
      ?.getDataRange()
      .getValues() ?? [];
  const row = rows.find((r) => r[0] === "source");
  return row ? JSON.parse(String(row[1])) : null;
}
