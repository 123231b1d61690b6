// Boundary rows of KPI_SPLIT, KPI_CONVERSION and KPI_CONVERSION_RANGE.
import { arityOf, type FunctionTable, messages, notNumbers, OMIT, Refusal, rowRanges } from "./table";

const total = messages("total", "配分する合計（整数）");
const weights = messages("weights", "配分の重み");
const from = messages("from_count", "前段階の件数");
const to = messages("to_count", "次段階の件数");
const confidence = messages("confidence", "区間の信頼度");

const splitArity = arityOf("2", "total, weights");
const conversionArity = arityOf("2", "from_count, to_count");
const rangeArity = arityOf("2 to 3", "from_count, to_count, confidence");

const singleTotal = new Refusal("total must be a single value", "合計は1つの値で指定してください");
const tooManyDigits = (got: string) =>
  new Refusal(
    `total has too many digits to share out exactly (got ${got}): a spreadsheet keeps 15 significant digits`,
    `配分する合計の桁数が多すぎて、合計が一致するように配分できません（${got}）。有効数字は15桁です`,
  );
const midWeight = (v: unknown) => [[1, v, 1]];

/** confidence's own refusal (its bounds exclude 1), with the percent hint outside the brackets. */
const badConfidence = (got: string, hint = "", hintJa = "") =>
  new Refusal(
    `confidence must be between 0 and 1, both excluded (got ${got})${hint}`,
    `区間の信頼度は0より大きく1より小さい小数で指定してください（${got}）${hintJa}`,
  );

// Wilson's score interval at 90% (z = Φ⁻¹(0.95)); values from Python's statistics.NormalDist.
const z = 1.6448536269514722;
const tenOfHundred = [0.1, 0.06071866701544725, 0.1603555096110922];
const tenOfHundred95 = [0.1, 0.05522913706067509, 0.17436566150491342];
// 10 of 1e300: k − k²/n is k, and n + z² is n, so (k + z²/2 ± z·√(k + z²/4)) ÷ n
const half = z * Math.sqrt(10 + (z * z) / 4);
const tenOfHuge = [1e-299, (10 + (z * z) / 2 - half) / 1e300, (10 + (z * z) / 2 + half) / 1e300];

export const splitConversionTables: Record<string, FunctionTable> = {
  KPI_SPLIT: {
    valid: [10, [[1, 1, 1]]],
    want: [[4, 3, 3]], // 3⅓ each; the one left to the earliest
    params: {
      total: {
        kinds: {
          zero: [0, [[0, 0, 0]]],
          negative: [-1, total.negative("-1")],
          blank: ["", [["", "", ""]]], // blank in the weights' shape
          omitted: [OMIT, splitArity(0)],
          ...notNumbers(total),
          huge: [1e300, tooManyDigits("1e+300")], // 3.33333333333333e299 each: 1e300 − 1e285
          range1x1: [[[10]], singleTotal],
          rangeNxM: [
            [
              [10, 10],
              [10, 10],
            ],
            singleTotal,
          ],
          rangeBlank: [[[10], [""]], singleTotal],
          rangeText: [[[10], ["n/a"]], singleTotal],
        },
        edges: [
          [
            10.5,
            new Refusal(
              "total must be a whole number (got 10.5)",
              "配分する合計は整数で指定してください（10.5）",
            ),
          ],
          [99_999_999_999_999, [[33_333_333_333_333, 33_333_333_333_333, 33_333_333_333_333]]],
        ],
      },
      weights: {
        kinds: {
          zero: [midWeight(0), [[5, 0, 5]]],
          negative: [midWeight(-1), weights.negative("-1")],
          blank: ["", weights.empty()],
          omitted: [OMIT, splitArity(1)],
          ...notNumbers(weights, midWeight),
          huge: [midWeight(1e300), [[0, 10, 0]]], // 10 × 1 ÷ (1e300 + 2) floors to 0
          range1x1: [[[5]], [[10]]],
          // 2.5 each, in reading order; the two left to the earliest
          rangeNxM: [
            [
              [1, 1],
              [1, 1],
            ],
            [
              [3, 3],
              [2, 2],
            ],
          ],
          rangeBlank: [
            [[1], [""], [1]],
            [[5], [""], [5]],
          ], // an empty weight cell stays empty
          rangeText: [[[1], ["n/a"]], weights.notNumber('"n/a"')],
        },
        edges: [
          [[[0, 0, 0]], new Refusal("weights must not all be 0", "重みがすべて0です")],
          [[[0, 1, 1]], [[0, 5, 5]]],
          [3, 10], // one weight in one cell: the whole total, in one cell
        ],
      },
    },
  },
  KPI_CONVERSION: {
    valid: [400, 100],
    want: 0.25,
    params: {
      from_count: {
        kinds: {
          zero: [0, from.zero()],
          negative: [-400, from.negative("-400")],
          blank: ["", ""],
          omitted: [OMIT, conversionArity(0)],
          ...notNumbers(from),
          huge: [1e300, 1e-298],
          ...rowRanges(from, 400, 0.25),
        },
        edges: [[50, 2]], // an observed rate above 1
      },
      to_count: {
        kinds: {
          zero: [0, 0], // nothing converted
          negative: [-1, to.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, conversionArity(1)],
          ...notNumbers(to),
          huge: [1e300, 2.5e297],
          ...rowRanges(to, 100, 0.25),
        },
        edges: [[500, 1.25]],
      },
    },
  },
  KPI_CONVERSION_RANGE: {
    valid: [100, 10],
    want: [tenOfHundred],
    params: {
      from_count: {
        kinds: {
          zero: [0, [["", "", ""]]], // no rate: a blank row
          negative: [-100, from.negative("-100")],
          blank: ["", ""],
          omitted: [OMIT, rangeArity(0)],
          ...notNumbers(from),
          huge: [1e300, [tenOfHuge]],
          ...rowRanges(from, 100, tenOfHundred),
        },
        // more at the later stage: Poisson's interval for 10, ÷ 5
        edges: [[5, [[2, 1.1956510774555595, 3.3454576133635228]]]],
      },
      to_count: {
        kinds: {
          zero: [0, [[0, 0, 0.026342720783174303]]],
          negative: [-1, to.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, rangeArity(1)],
          ...notNumbers(to),
          // 1e300 of 100: Poisson's interval, ±z·√1e300 ÷ 100 = ±1.6e148, nothing next to 1e298
          huge: [1e300, [[1e298, 1e298, 1e298]]],
          ...rowRanges(to, 10, tenOfHundred),
        },
      },
      confidence: {
        kinds: {
          zero: [0, badConfidence("0")],
          negative: [-0.5, badConfidence("-0.5")],
          blank: ["", [tenOfHundred]], // the default, 0.9
          omitted: [OMIT, [tenOfHundred]],
          ...notNumbers(confidence),
          huge: [1e300, badConfidence("1e+300")],
          ...rowRanges(confidence, 0.95, tenOfHundred95, { blankRow: tenOfHundred }),
        },
        edges: [
          [1, badConfidence("1")],
          [90, badConfidence("90", " — for 90% write 0.9", "。90%なら0.9")],
          [100, badConfidence("100")], // no hint: 100% would be 1, refused too
          [0.95, [tenOfHundred95]],
        ],
      },
    },
  },
};
