// KPI_LTV, KPI_CHURN_RATE, KPI_NRR and KPI_CAC_PAYBACK.
import { describe, expect, it } from "vitest";
import { MetricError } from "../../src/domain/metrics";
import { translateMetricError } from "../../src/functions/errors";
import { customFunction } from "../../src/functions/registry";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

describe("KPI_LTV", () => {
  it.each([
    // ARPA × margin ÷ churn
    [[10_000, 0.02, 0.8], 400_000], // 8,000 ÷ 0.02
    [[10_000, 0.05], 200_000], // margin defaults to 1: 10,000 ÷ 0.05
    [[30_000, 0.03, 0.7], 700_000], // 21,000 ÷ 0.03
    [[0, 0.1], 0],
    [[5_000, 1, 1], 5_000], // everyone leaves after one month
  ])("%j → %d", (args, want) => {
    expect(call("KPI_LTV", ...args)).toBeCloseTo(want, 6);
  });

  it("fills a column; a blank margin is the default, a blank ARPA a blank row", () => {
    const arpa = [[10_000], [10_000], [""]];
    const margins = [[0.8], [""], [0.5]];
    // 10,000 × 0.8 ÷ 0.02; 10,000 ÷ 0.02; blank
    const got = call("KPI_LTV", arpa, 0.02, margins) as number[][];
    expect(got.map((r) => r[0])).toEqual([expect.closeTo(400_000, 6), expect.closeTo(500_000, 6), ""]);
  });

  it.each([
    [
      [10_000, 2],
      "KPI_LTV: churn_rate must be a fraction between 0 and 1 (got 2 — for 2% write 0.02) / 解約率は0〜1の小数で指定してください（2。2%なら0.02と入力）",
    ],
    [[10_000, 0], "KPI_LTV: churn_rate must be a fraction between 0 and 1 (got 0)"],
    [
      [10_000, 0.02, 80],
      "gross_margin must be a fraction between 0 and 1 (got 80 — for 80% write 0.8) / 粗利率は",
    ],
    [[-1, 0.02], "arpa must not be negative (got -1) / 顧客あたり月間売上（ARPA）は0以上で指定してください"],
    [["10k", 0.02], 'arpa must be a number (got "10k")'],
    [[10_000], "KPI_LTV: expects 2 to 3 arguments (arpa, churn_rate, gross_margin), got 1"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_LTV", ...args)).toThrow(message);
  });
});

describe("KPI_CHURN_RATE", () => {
  it.each([
    // lost ÷ at start
    [[5, 200], 0.025],
    [[10, 40], 0.25],
    [[0, 100], 0],
  ])("%j → %d", (args, want) => {
    expect(call("KPI_CHURN_RATE", ...args)).toBeCloseTo(want, 12);
  });

  it("fills a column", () => {
    // 5 ÷ 200; blank; 10 ÷ 40
    expect(call("KPI_CHURN_RATE", [[5], [""], [10]], [[200], [100], [40]])).toEqual([[0.025], [""], [0.25]]);
  });

  it.each([
    [[3, 0], "KPI_CHURN_RATE: at_start must not be 0 (division by zero) / 期首顧客数が0のため計算できません"],
    [[-1, 10], "lost must not be negative (got -1) / 解約顧客数は0以上で指定してください"],
    [[1, "ten"], 'at_start must be a number (got "ten")'],
    [
      [
        [[5], [10]],
        [[200], [40], [10]],
      ],
      "at_start has 3 rows but lost has 2: ranges must be the same size",
    ],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_CHURN_RATE", ...args)).toThrow(message);
  });
});

describe("KPI_NRR", () => {
  it.each([
    // (start + expansion − contraction − churned) ÷ start
    [[1_000_000, 150_000, 30_000, 20_000], 1.1], // 1,100,000 ÷ 1,000,000
    [[500, 0, 50, 50], 0.8], // 400 ÷ 500
    [[100, 0, 0, 100], 0],
  ])("%j → %d", (args, want) => {
    expect(call("KPI_NRR", ...args)).toBeCloseTo(want, 12);
  });

  it("fills a column", () => {
    // (500 + 0 − 50 − 50) ÷ 500; blank; (200 + 100 − 0 − 0) ÷ 200
    expect(
      call("KPI_NRR", [[500], [""], [200]], [[0], [0], [100]], [[50], [0], [0]], [[50], [0], [0]]),
    ).toEqual([[0.8], [""], [1.5]]);
  });

  it.each([
    [[0, 10, 0, 0], "KPI_NRR: start_mrr must not be 0 (division by zero) / 期首MRRが0のため計算できません"],
    [[100, 10, 0, -5], "churned must not be negative (got -5) / 解約MRRは0以上で指定してください"],
    [[100, "+10", 0, 0], 'expansion must be a number (got "+10")'],
    // 60 + 50 lost of 100 + 0: (100 − 110) ÷ 100 would be an NRR of −0.1
    [
      [100, 0, 60, 50],
      "KPI_NRR: contraction + churned must not exceed start_mrr + expansion: no more MRR can be lost than there was (got 110 of 100) / 縮小MRRと解約MRRの合計（110）が期首MRRと拡大MRRの合計（100）を超えています",
    ],
    [[1e6, 0, 1e300, 0], "(got 1e+300 of 1000000)"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_NRR", ...args)).toThrow(message);
  });

  it("is 0 when everything there was is lost, expansion included", () => {
    expect(call("KPI_NRR", 100, 20, 70, 50)).toBe(0); // (100 + 20 − 70 − 50) ÷ 100
    // 0.1 + 0.2 is 0.30000000000000004 in binary, and 0.3 − 0.1 − 0.2 is −2.8e-17: still all, so 0
    expect(call("KPI_NRR", 0.3, 0, 0.1, 0.2)).toBe(0);
  });
});

describe("KPI_CAC_PAYBACK", () => {
  it.each([
    // CAC ÷ (ARPA × margin)
    [[120_000, 10_000, 0.8], 15], // 120,000 ÷ 8,000
    [[120_000, 10_000], 12], // margin defaults to 1
    [[0, 5_000], 0],
  ])("%j → %d", (args, want) => {
    expect(call("KPI_CAC_PAYBACK", ...args)).toBeCloseTo(want, 12);
  });

  it("fills a column", () => {
    // 120,000 ÷ 10,000; blank; 60,000 ÷ 10,000
    expect(call("KPI_CAC_PAYBACK", [[120_000], [""], [60_000]], 10_000)).toEqual([[12], [""], [6]]);
  });

  it.each([
    [
      [120_000, 0],
      "KPI_CAC_PAYBACK: arpa must not be 0 (division by zero) / 顧客あたり月間売上（ARPA）が0のため計算できません",
    ],
    [[120_000, 10_000, 0], "gross_margin must be a fraction between 0 and 1 (got 0)"],
    [[120_000, 10_000, 1.5], "gross_margin must be a fraction between 0 and 1 (got 1.5"],
    [[-1, 10_000], "cac must not be negative"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_CAC_PAYBACK", ...args)).toThrow(message);
  });
});

describe("translateMetricError", () => {
  const names = { grossMargin: { param: "gross_margin", ja: "粗利率" } };

  it("keeps the domain's detail for a value out of range, under the function's own name", () => {
    const calc = () => {
      throw new MetricError(
        "ltv",
        "grossMargin",
        "range",
        "must be a fraction above 0 and at most 1 (got 5)",
      );
    };
    expect(() => translateMetricError("KPI_LTV", names, calc)).toThrow(
      "KPI_LTV: gross_margin must be a fraction above 0 and at most 1 (got 5) / 粗利率の値が範囲外です",
    );
  });

  // The domain's zero divisor and negative amount, read with the function's own argument name.
  it.each([
    ["zero", "KPI_LTV: gross_margin must not be 0 (division by zero) / 粗利率が0のため計算できません"],
    ["negative", "KPI_LTV: gross_margin must not be negative / 粗利率は0以上で指定してください"],
  ] as const)("says what a %s argument must not be, in both languages", (problem, message) => {
    expect(() =>
      translateMetricError("KPI_LTV", names, () => {
        throw new MetricError("ltv", "grossMargin", problem);
      }),
    ).toThrow(message);
  });

  it("passes other errors through untouched", () => {
    const boom = new TypeError("boom");
    expect(() =>
      translateMetricError("KPI_LTV", names, () => {
        throw boom;
      }),
    ).toThrow(boom);
  });
});
