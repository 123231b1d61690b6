// The rounding corpus (test/fixtures/rounding-corpus.ts) against the domain: roundUp itself and the
// funnel's rules that use it. The expected answers come from decimal.js, not from src/.
import { describe, expect, it } from "vitest";
import { roundUp } from "../../src/domain/ceiling";
import { requiredCounts } from "../../src/domain/funnel";
import { decimalRoundUp, KINDS, mismatches, roundingCorpus } from "../fixtures/rounding-corpus";

const corpus = roundingCorpus();
const binary = (c: { numerator: string; rate: string }) => Number(c.numerator) / Number(c.rate);

describe("the rounding corpus", () => {
  it("holds over 2,000 cases, hundreds of each kind, as typed decimals", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    for (const kind of KINDS)
      expect(corpus.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(200);
    const typed = /^\d+(\.\d+)?$/;
    expect(corpus.filter((c) => !typed.test(c.numerator) || !typed.test(c.rate))).toEqual([]);
    expect(new Set(corpus.map((c) => `${c.numerator}/${c.rate}`)).size).toBe(corpus.length);
  });

  it("labels the whole quotients by what binary division really gives", () => {
    const side = { binaryAbove: 1, binaryBelow: -1, binaryExact: 0 } as const;
    const wrong = corpus.flatMap((c) =>
      c.kind in side && Math.sign(binary(c) - c.expected) !== side[c.kind as keyof typeof side]
        ? [`${c.kind} ${c.numerator} ÷ ${c.rate} = ${binary(c)}`]
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it.each([
    ["21", "0.7", 30], // the brief's case: 30.000000000000004 in binary
    ["7", "0.07", 100], // 99.99999999999999 in binary
    ["0.07", "0.01", 7], // 7.000000000000001 in binary
    ["1", "0.3", 4], // 3.333…
    ["30.0000000001", "1", 31], // 12 significant digits: the hair stays
    ["30.0000000000001", "1", 31], // 15 significant digits: still stays
    ["30.00000000000001", "1", 30], // 16: a spreadsheet holds 30
    ["99.99999999999999", "1", 100], // 16 nines → 100.000000000000
  ])("its oracle, by hand: ⌈%s ÷ %s⌉ = %s", (a, b, want) => {
    expect(decimalRoundUp(a, b)).toBe(want);
  });
});

describe("the domain rounds every case of the corpus as a spreadsheet does", () => {
  it("roundUp(a ÷ b)", () => {
    expect(mismatches(corpus, (c) => roundUp(binary(c)))).toEqual([]);
  });

  it("a one-stage plan's deals: ⌈goal × 1 ÷ deal value⌉", () => {
    const deals = (c: { numerator: string; rate: string }) =>
      requiredCounts({ kgiTarget: Number(c.numerator), share: 1, dealValue: Number(c.rate), rates: [] })[0];
    expect(mismatches(corpus, deals)).toEqual([]);
  });

  it("the stage rule: ⌈count ÷ rate⌉ for a whole count at the stage below", () => {
    const counts = corpus.filter((c) => Number.isInteger(Number(c.numerator)));
    for (const kind of ["binaryAbove", "binaryBelow"]) {
      expect(counts.filter((c) => c.kind === kind).length, kind).toBeGreaterThan(150);
    }
    const top = (c: { numerator: string; rate: string }) =>
      requiredCounts({ kgiTarget: Number(c.numerator), share: 1, dealValue: 1, rates: [Number(c.rate)] })[0];
    expect(mismatches(counts, top)).toEqual([]);
  });
});
