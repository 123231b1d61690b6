// The boundary table (./domains) through the built dist/Code.js, the way Sheets calls a custom
// function: a top-level global of a fresh Apps Script-like context, date cells as Dates of that
// context at midnight in the spreadsheet's zone (Tokyo here). The table must cover every function
// the bundle declares to Sheets, with the parameters its @customfunction help lists.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { distDir, loadCodeJs } from "../support/gas";
import { tables } from "./domains";
import { argsFor, casesOf, expectOutcome, expectResult, realize } from "./domains/run";

type Fn = (...args: unknown[]) => unknown;

/** Each @customfunction stub of the bundle: its declared parameters and its help's @param names. */
function declared(code: string) {
  const out: Record<string, { params: string[]; help: string[] }> = {};
  const stub = /\/\*\*\n((?: \*.*\n)*?) \* @customfunction\n \*\/\nfunction (\w+)\(([^)]*)\)/g;
  for (const [, doc = "", name = "", params = ""] of code.matchAll(stub)) {
    const help = [...doc.matchAll(/ \* @param \{[^}]*\} \[?(\w+)\]?/g)].map((m) => m[1] ?? "");
    out[name] = { params: params ? params.split(", ") : [], help };
  }
  return out;
}

/** A fresh bundle whose spreadsheet is in Tokyo, and its date cells. */
function load() {
  const ctx = loadCodeJs({
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => "Asia/Tokyo" }) },
  });
  const BundleDate = vm.runInContext("Date", ctx as vm.Context) as DateConstructor;
  return { ctx, toDate: (iso: string) => new BundleDate(`${iso}T00:00:00+09:00`) };
}

const cases = casesOf(tables);

describe("the boundary table through dist/Code.js", () => {
  it("covers every function the bundle declares, with the parameters its help lists", () => {
    const stubs = declared(readFileSync(path.join(distDir, "Code.js"), "utf8"));
    const kpi = Object.keys(stubs).filter((name) => name.startsWith("KPI_"));
    expect(kpi.length).toBeGreaterThan(0);
    expect(kpi.sort()).toEqual(Object.keys(tables).sort());
    for (const name of kpi) {
      const params = Object.keys(tables[name]?.params ?? {});
      expect(stubs[name]?.params, name).toEqual(params);
      expect(stubs[name]?.help, `${name} @param`).toEqual(params);
    }
  });

  // One test per function, loading its own bundle: under mutation testing a test that loads the bundle
  // is what Stryker knows reaches the bundle's code, parameter tables included (docs/quality.md).
  it.each(Object.keys(tables))("%s: every row, in a fresh bundle", (fn) => {
    const t = tables[fn];
    if (!t) throw new Error(`no table for ${fn}`);
    const { ctx, toDate } = load();
    const call = ctx[fn] as Fn;
    expectResult(call(...(realize(t.valid, toDate) as unknown[])), t.want);
    const failures: string[] = [];
    for (const c of cases.filter((row) => row.fn === fn)) {
      const args = realize(argsFor(t, c.index, c.input), toDate) as unknown[];
      try {
        // the bundle's errors are of its own realm: known by name, not by instanceof
        expectOutcome(
          fn,
          () => call(...args),
          c.want,
          (e) => (e as Error).name === "FunctionArgumentError",
        );
      } catch (e) {
        failures.push(`${c.label}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
