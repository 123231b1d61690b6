// The rounding corpus (test/fixtures/rounding-corpus.ts) through the custom functions of the built
// dist/Code.js, loaded in a fresh global as Apps Script loads it: what a sheet's =KPI_… cell returns.
import { beforeAll, describe, expect, it } from "vitest";
import { mismatches, type RoundingCase, roundingCorpus } from "../fixtures/rounding-corpus";
import { loadCodeJs } from "../support/gas";

type Fn = (...args: unknown[]) => unknown;
const corpus = roundingCorpus();
let fn: (name: string) => Fn;

beforeAll(() => {
  const ctx = loadCodeJs({ SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => "UTC" }) } });
  fn = (name) => ctx[name] as Fn;
});

describe("the custom functions round every case of the corpus as a spreadsheet does", () => {
  it("KPI_REQUIRED_CALLS(a, b, 1, 1, 1): ⌈goal ÷ deal size⌉, the rates of 1 changing nothing", () => {
    const calls = fn("KPI_REQUIRED_CALLS");
    expect(mismatches(corpus, (c) => calls(Number(c.numerator), Number(c.rate), 1, 1, 1))).toEqual([]);
  });

  it("KPI_REQUIRED_CALLS over a column of goals and deal sizes: one call, row by row", () => {
    const got = fn("KPI_REQUIRED_CALLS")(
      corpus.map((c) => [Number(c.numerator)]),
      corpus.map((c) => [Number(c.rate)]),
      1,
      1,
      1,
    ) as number[][];
    expect(got).toHaveLength(corpus.length);
    expect(mismatches(corpus, (_, i) => got[i]?.[0])).toEqual([]);
  });

  it("KPI_REQUIRED_ACTIVITY(count, rate): ⌈count ÷ rate⌉ for whole counts and rates up to 100%", () => {
    const counts = corpus.filter(
      (c: RoundingCase) => Number.isInteger(Number(c.numerator)) && Number(c.rate) <= 1,
    );
    expect(counts.length).toBeGreaterThan(400);
    const activity = fn("KPI_REQUIRED_ACTIVITY");
    expect(mismatches(counts, (c) => activity(Number(c.numerator), [[Number(c.rate)]]))).toEqual([]);
  });
});
