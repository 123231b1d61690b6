// Every parameter of every custom function, one at a time with the others valid, against the
// boundary table in ./domains: a row for each kind of cell (0, negative, blank, left off, text,
// Japanese text, TRUE/FALSE, 1e300, ±∞, NaN, [[x]], a 2×2 range, a range with a blank, a range with
// text) and the edges of the parameter's own domain:
// - counts, amounts and observed rates: a negative is refused; 0 is fine unless the function divides
//   by it; observed rates (actual_rates) may exceed 1;
// - planned rates (reverse-calculated or divided by): above 0 and at most 1.
// Every refusal names the function and the argument, in English and then Japanese; every result is
// worked by hand in the table. The same rows run through the built bundle in
// argument-domains-bundle.test.ts.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { FunctionArgumentError } from "../../src/functions/errors";
import { customFunction, customFunctions, setCallContext } from "../../src/functions/registry";
import { tables } from "./domains";
import { argsFor, casesOf, expectOutcome, expectResult, realize } from "./domains/run";
import { KINDS } from "./domains/table";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));
/** The registry's default zone is UTC: a date cell is midnight UTC. */
const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("argument domains", () => {
  it("has rows for every function and every parameter of the registry, and nothing else", () => {
    expect(Object.keys(tables).sort()).toEqual(customFunctions.map((f) => f.name).sort());
    for (const f of customFunctions) {
      const t = tables[f.name];
      expect(Object.keys(t?.params ?? {}), f.name).toEqual(f.params.map((p) => p.name));
      // optional parameters may be left off the valid call; each is tried on its own
      expect(t?.valid.length, f.name).toBeGreaterThanOrEqual(f.params.filter((p) => !p.optional).length);
      expect(t?.valid.length, f.name).toBeLessThanOrEqual(f.params.length);
      for (const p of f.params) {
        const kinds = Object.keys(t?.params[p.name]?.kinds ?? {}).sort();
        expect(kinds, `${f.name} ${p.name}: a row for every kind`).toEqual([...KINDS].sort());
      }
    }
  });

  // src/server/custom-functions.ts binds each export by name: a misspelt one must fail as the bundle
  // loads, not leave Sheets an undefined function.
  it("refuses a name the registry does not hold", () => {
    expect(() => customFunction("KPI_NOPE")).toThrow("unknown custom function KPI_NOPE");
  });

  it.each(customFunctions.map((f) => [f.name] as const))(
    "%s gives its result with every argument valid",
    (fn) => {
      const t = tables[fn];
      expectResult(call(fn, ...(realize(t?.valid, utcMidnight) as unknown[])), t?.want);
    },
  );

  it.each(casesOf(tables).map((c) => [c.label, c] as const))("%s", (_, c) => {
    const t = tables[c.fn];
    if (!t) throw new Error(`no table for ${c.fn}`);
    const args = realize(argsFor(t, c.index, c.input), utcMidnight) as unknown[];
    expectOutcome(
      c.fn,
      () => call(c.fn, ...args),
      c.want,
      (e) => e instanceof FunctionArgumentError,
    );
  });

  it("KPI_REQUIRED_CALLS(1e6, 1e3, -0.25, 0.5, 0.1) is refused, naming win_rate (not -80,000 calls)", () => {
    expect(() => call("KPI_REQUIRED_CALLS", 1e6, 1e3, -0.25, 0.5, 0.1)).toThrow(FunctionArgumentError);
    expect(() => call("KPI_REQUIRED_CALLS", 1e6, 1e3, -0.25, 0.5, 0.1)).toThrow(
      "KPI_REQUIRED_CALLS: win_rate must be a fraction between 0 and 1 (got -0.25) / 受注率は0〜1の小数で指定してください（-0.25）",
    );
  });

  // A blank cell is a blank row, not a 0: a divisor left empty is not a division by zero.
  it.each([
    ["KPI_REQUIRED_CALLS", [1e6, [[1e3], [""]], 0.25, 0.5, 0.1], [[80_000], [""]]],
    ["KPI_ACHIEVEMENT", [80, [[100], [""]]], [[0.8], [""]]],
    ["KPI_PACE", [1100, [[2000], [""]], "2026-04-01", "2026-04-30", "2026-04-15"], [[1.1], [""]]],
    ["KPI_SALES_VELOCITY", [40, 0.25, 1_000_000, [[50], [""]]], [[200_000], [""]]],
    ["KPI_CHURN_RATE", [5, [[200], [""]]], [[0.025], [""]]],
    ["KPI_NRR", [[[1_000_000], [""]], 150_000, 30_000, 20_000], [[1.1], [""]]],
    ["KPI_CAC_PAYBACK", [120_000, [[10_000], [""]], 0.8], [[15], [""]]],
    ["KPI_CONVERSION", [[[400], [""]], 100], [[0.25], [""]]],
    ["KPI_LTV", [10_000, [[0.02], [""]], 0.8], [[400_000], [""]]],
  ])("%s: a blank divisor cell gives a blank row", (fn, args, want) => {
    const got = call(fn, ...args) as unknown[][];
    expect(got).toHaveLength(want.length);
    got.forEach((row, r) => {
      expectResult(row[0], want[r]?.[0]);
    });
  });

  it("quotes Infinity and NaN as themselves, not as JSON's null", () => {
    expect(() => call("KPI_CONVERSION", Infinity, 100)).toThrow(
      "KPI_CONVERSION: from_count must be a number (got Infinity) / 前段階の件数は数値で指定してください（Infinity）",
    );
    expect(() => call("KPI_GAP", 80, 100, Number.NaN)).toThrow(
      'direction must be "higher" or "lower" (got NaN)',
    );
    expect(() => call("KPI_FORECAST", 1, -Infinity, "2026-04-30", "2026-04-15")).toThrow(
      "period_start must be a date (got -Infinity)",
    );
  });

  it("refuses a result that overflows instead of handing Sheets Infinity", () => {
    // 1e300 deals at one in a billion: 1e309, beyond the largest double (1.8e308)
    expect(() => call("KPI_REQUIRED_ACTIVITY", 1e300, [[1e-9]])).toThrow(
      "KPI_REQUIRED_ACTIVITY: the result is beyond what a spreadsheet number can hold (got Infinity): the arguments are too large / 結果が数値で表せる範囲を超えました（Infinity）。引数が大きすぎます",
    );
    // one row of a range overflows: 1.8e308 × 1 ÷ 0.5; the row of 10 alone would give 20
    expect(() => call("KPI_LTV", [[10], [Number.MAX_VALUE]], 0.5)).toThrow("(got Infinity)");
    expect(call("KPI_LTV", [[10], [1e300]], 0.5)).toEqual([[20], [2e300]]);
  });

  it("refuses a bad row in a range even when the other rows are valid", () => {
    expect(() => call("KPI_CHURN_RATE", [[5], [3]], [[200], [0]])).toThrow(
      "KPI_CHURN_RATE: at_start must not be 0 (division by zero) / 期首顧客数が0のため計算できません",
    );
    expect(() => call("KPI_REQUIRED_CALLS", 1e6, 1e3, [[0.25], [-0.25]], 0.5, 0.1)).toThrow(
      "win_rate must be a fraction between 0 and 1 (got -0.25)",
    );
  });

  it("reads a Date of another realm (Apps Script hands cells' dates across) as the date it is", () => {
    const OtherDate = runInNewContext("Date") as DateConstructor;
    const april = (iso: string) => new OtherDate(`${iso}T00:00:00Z`);
    // 1,100 × 22 working days ÷ 11 through 04-15
    expect(call("KPI_FORECAST", 1100, april("2026-04-01"), april("2026-04-30"), april("2026-04-15"))).toBe(
      2200,
    );
    // a Date that is no day at all is refused like any other non-date
    const invalid = () => call("KPI_FORECAST", 1100, new OtherDate(Number.NaN), "2026-04-30", "2026-04-15");
    expect(invalid).toThrow(FunctionArgumentError);
    expect(invalid).toThrow("KPI_FORECAST: period_start must be a date");
  });

  it("takes null, as a caller may hand an empty cell, for a blank cell", () => {
    expect(call("KPI_ACHIEVEMENT", 80, [[100], [null]])).toEqual([[0.8], [""]]);
    expect(call("KPI_ACHIEVEMENT", null, 100)).toBe("");
  });

  it("refuses an empty array: it is neither a column nor a row", () => {
    expect(() => call("KPI_CHURN_RATE", [], 200)).toThrow(
      "KPI_CHURN_RATE: lost must be a single column or a single row (got 0×0) / 解約顧客数は1列または1行の範囲で指定してください（0×0）",
    );
  });

  it("refuses one argument too many, naming how many it takes", () => {
    expect(() => call("KPI_CONVERSION", 400, 100, 0.9)).toThrow(
      "KPI_CONVERSION: expects 2 arguments (from_count, to_count), got 3 / 引数の数が違います（from_count, to_count）",
    );
    expect(() => call("KPI_GAP", 80, 100, "higher", 1)).toThrow(
      "KPI_GAP: expects 2 to 3 arguments (actual, target, direction), got 4",
    );
    // a blank holidays cell followed by more is still one too many
    expect(() => call("KPI_FORECAST", 1100, "2026-04-01", "2026-04-30", "2026-04-15", "", 5)).toThrow(
      "KPI_FORECAST: expects 4 to 5 arguments (actual, period_start, period_end, as_of, holidays), got 6",
    );
  });

  it("names both ranges, in both languages, when their rows differ", () => {
    expect(() => call("KPI_CHURN_RATE", [[5], [3]], [[200], [100], [50]])).toThrow(
      "KPI_CHURN_RATE: at_start has 3 rows but lost has 2: ranges must be the same size / 範囲の行数が揃っていません（at_start: 3行、lost: 2行）",
    );
  });

  it("quotes a date cell given for a number as the day the sheet shows, not as text", () => {
    setCallContext({ timeZone: "Asia/Tokyo" });
    try {
      const april1 = new Date("2026-04-01T00:00:00+09:00"); // 03-31 in UTC
      expect(() => call("KPI_FORECAST", april1, "2026-04-01", "2026-04-30", "2026-04-15")).toThrow(
        "KPI_FORECAST: actual must be a number (got 2026-04-01) / 実績は数値で指定してください（2026-04-01）",
      );
      expect(() => call("KPI_CONVERSION", april1, 100)).toThrow(
        "from_count must be a number (got 2026-04-01)",
      );
    } finally {
      setCallContext({ timeZone: "UTC" });
    }
  });
});
