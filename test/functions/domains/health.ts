// Boundary rows of KPI_HIT_PROBABILITY, KPI_BOTTLENECK and KPI_SALES_VELOCITY.
import {
  arityOf,
  type FunctionTable,
  messages,
  notNumbers,
  OMIT,
  overflow,
  Refusal,
  rowRanges,
} from "./table";

const target = messages("target", "目標（KGI）");
const daily = messages("daily_actuals", "日々の実績");
const remaining = messages("days_remaining", "残りの稼働日数");
const names = messages("stage_names", "段階名");
const planned = messages("planned_rates", "計画転換率");
const actual = messages("actual_rates", "実績転換率");
const opportunities = messages("opportunities", "商談数");
const win = messages("win_rate", "受注率");
const deal = messages("avg_deal_size", "平均受注単価");
const cycle = messages("cycle_days", "平均商談期間（日数）");

const hitArity = arityOf("3", "target, daily_actuals, days_remaining");
const bottleneckArity = arityOf("3", "stage_names, planned_rates, actual_rates");
const velocityArity = arityOf("4", "opportunities, win_rate, avg_deal_size, cycle_days");

// P(T₄ ≤ t) in closed form (four degrees of freedom: five elapsed days).
const t4 = (t: number) => {
  const x = t / Math.sqrt(4 + t * t);
  return 0.5 + 0.75 * x * (1 - (x * x) / 3);
};
// Days 10, 12, 8, 11, 9: sum 50, mean 10, s² = 2.5; 5 days left for 110: t = 10 ÷ (√2.5·√(5 + 25/5)) = 2.
const p = 1 - t4(2);
// A blank third day is 0: sum 42, mean 8.4, s² = 93.2 ÷ 4 = 23.3; t = 26 ÷ √(23.3·10) = 26 ÷ √233.
const pWithZero = 1 - t4(26 / Math.sqrt(233));
const needDays = (got: number) =>
  new Refusal(
    `daily_actuals must hold at least 5 elapsed working days to tell how much a day varies (got ${got})`,
    `日々の実績は、日ごとのばらつきを見るため経過稼働日5日分以上必要です（${got}日分）`,
  );
const thirdDay = (v: unknown) => [[10, 12, v, 11, 9]];

const stages = [["calls", "appointments", "meetings"]];
const midName = (v: unknown) => [["calls", v, "meetings"]];
const midPlanned = (v: unknown) => [[0.1, v, 0.25]];
const midActual = (v: unknown) => [[0.09, v, 0.25]];
const notOnePerStage = (name: string, ja: string, got: number, stageCount: number) =>
  new Refusal(
    `${name} has ${got} values but stage_names has ${stageCount}: give one rate per stage`,
    `${ja}の数（${got}）が段階名の数（${stageCount}）と一致しません`,
  );

export const healthTables: Record<string, FunctionTable> = {
  KPI_HIT_PROBABILITY: {
    valid: [110, [[10, 12, 8, 11, 9]], 5],
    want: p,
    params: {
      target: {
        kinds: {
          zero: [0, 1], // reached already
          negative: [-1, target.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, hitArity(0)],
          ...notNumbers(target),
          huge: [1e300, 0], // t = 2e299: no chance
          ...rowRanges(target, 110, p),
        },
        edges: [[50, 1]],
      },
      daily_actuals: {
        kinds: {
          zero: [thirdDay(0), pWithZero],
          negative: [thirdDay(-1), daily.negative("-1")],
          blank: ["", needDays(1)], // a blank is a day of 0: one day
          omitted: [OMIT, hitArity(1)],
          ...notNumbers(daily, thirdDay),
          huge: [thirdDay(1e300), 1], // reached
          range1x1: [[[10]], needDays(1)],
          // six days read across and down: sum 60, mean 10; 5 more make 110 exactly: t = 0, one half
          rangeNxM: [
            [
              [10, 12, 8],
              [11, 9, 10],
            ],
            0.5,
          ],
          rangeBlank: [thirdDay(""), pWithZero],
          rangeText: [thirdDay("n/a"), daily.notNumber('"n/a"')],
        },
        edges: [[[[10, 12, 8, 11]], needDays(4)]],
      },
      days_remaining: {
        kinds: {
          zero: [0, 0], // no day left and 50 of 110
          negative: [-1, remaining.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, hitArity(2)],
          ...notNumbers(remaining),
          // t → −10m ÷ (√2.5·m/√5) = −10·√2 as m grows: the mean's own chance, not one half
          huge: [1e300, 1 - t4(-10 * Math.SQRT2)],
          ...rowRanges(remaining, 5, p),
        },
        edges: [
          [
            2.5,
            new Refusal(
              "days_remaining must be a whole number of working days (got 2.5)",
              "残りの稼働日数は整数で指定してください（2.5）",
            ),
          ],
          // t = −940 ÷ √(2.5·(100 + 100²/5)): short of 1, four degrees of freedom leave heavy tails
          [100, 1 - t4(-940 / Math.sqrt(2.5 * 2100))],
        ],
      },
    },
  },
  KPI_BOTTLENECK: {
    valid: [stages, [[0.1, 0.5, 0.25]], [[0.09, 0.35, 0.25]]],
    want: "appointments", // actual ÷ planned: 0.9, 0.7, 1
    params: {
      // A name is any text; a number or a boolean in a name cell is read as its text.
      stage_names: {
        kinds: {
          zero: [midName(0), "0"],
          negative: [midName(-1), "-1"],
          blank: ["", names.empty()],
          omitted: [OMIT, bottleneckArity(0)],
          numericText: [midName("10"), "10"],
          japaneseText: [[["架電", "アポ", "商談"]], "アポ"],
          true: [midName(true), "true"],
          false: [midName(false), "false"],
          infinity: [midName(Number.POSITIVE_INFINITY), "Infinity"],
          nan: [midName(Number.NaN), "NaN"],
          huge: [midName(1e300), "1e+300"],
          range1x1: [[["calls"]], notOnePerStage("planned_rates", "計画転換率", 3, 1)],
          rangeNxM: [
            [
              ["calls", "appointments"],
              ["meetings", ""],
            ],
            "appointments",
          ],
          rangeBlank: [[["calls"], [""], ["appointments"], ["meetings"]], "appointments"],
          rangeText: [[["calls"], ["appointments"], ["meetings"]], "appointments"],
        },
        edges: [
          [[[""], [""], [""]], names.empty()],
          [[["a", "b", "c"]], "b"],
        ],
      },
      planned_rates: {
        kinds: {
          zero: [midPlanned(0), planned.fraction("0")],
          negative: [midPlanned(-0.5), planned.fraction("-0.5")],
          blank: ["", planned.empty()],
          omitted: [OMIT, bottleneckArity(1)],
          ...notNumbers(planned, midPlanned),
          huge: [midPlanned(1e300), planned.fraction("1e+300")],
          range1x1: [[[0.5]], notOnePerStage("planned_rates", "計画転換率", 1, 3)],
          rangeNxM: [
            [
              [0.1, 0.5],
              [0.25, ""],
            ],
            "appointments",
          ],
          rangeBlank: [[[0.1], [""], [0.5], [0.25]], "appointments"],
          rangeText: [[[0.1], ["n/a"], [0.25]], planned.notNumber('"n/a"')],
        },
        edges: [
          [midPlanned(1.2), planned.percent("1.2", "0.012")],
          [[[1, 1, 1]], "calls"], // 0.09, 0.35, 0.25
        ],
      },
      // Observed, not planned: 0 when nothing converted, above 1 when a window counts more later.
      actual_rates: {
        kinds: {
          zero: [midActual(0), "appointments"], // 0.9, 0, 1
          negative: [midActual(-0.35), actual.negative("-0.35")],
          blank: ["", actual.empty()],
          omitted: [OMIT, bottleneckArity(2)],
          ...notNumbers(actual, midActual),
          huge: [midActual(1e300), "calls"], // 0.9, 2e300, 1
          range1x1: [[[0.35]], notOnePerStage("actual_rates", "実績転換率", 1, 3)],
          rangeNxM: [
            [
              [0.09, 0.35],
              [0.25, ""],
            ],
            "appointments",
          ],
          rangeBlank: [[[0.09], [""], [0.35], [0.25]], "appointments"],
          rangeText: [[[0.09], ["n/a"], [0.25]], actual.notNumber('"n/a"')],
        },
        edges: [
          [midActual(1.2), "calls"], // 0.9, 2.4, 1
          [[[0.12, 0.6, 0.2]], "meetings"], // 1.2, 1.2, 0.8
        ],
      },
    },
  },
  KPI_SALES_VELOCITY: {
    valid: [40, 0.25, 1_000_000, 50],
    want: 200_000, // 40 × 0.25 × 1,000,000 ÷ 50
    params: {
      opportunities: {
        kinds: {
          zero: [0, 0],
          negative: [-1, opportunities.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, velocityArity(0)],
          ...notNumbers(opportunities),
          huge: [1e300, 5e303],
          ...rowRanges(opportunities, 40, 200_000),
        },
        edges: [[Number.MAX_VALUE, overflow]], // 1.8e308 × 0.25 × 1,000,000
      },
      win_rate: {
        kinds: {
          zero: [0, win.fraction("0")],
          negative: [-0.25, win.fraction("-0.25")],
          blank: ["", ""],
          omitted: [OMIT, velocityArity(1)],
          ...notNumbers(win),
          huge: [1e300, win.fraction("1e+300")],
          ...rowRanges(win, 0.25, 200_000),
        },
        edges: [
          [1.2, win.percent("1.2", "0.012")],
          [1, 800_000],
        ],
      },
      avg_deal_size: {
        kinds: {
          zero: [0, 0], // multiplied, not divided by
          negative: [-1, deal.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, velocityArity(2)],
          ...notNumbers(deal),
          huge: [1e300, 2e299],
          ...rowRanges(deal, 1_000_000, 200_000),
        },
      },
      cycle_days: {
        kinds: {
          zero: [0, cycle.zero()],
          negative: [-30, cycle.negative("-30")],
          blank: ["", ""],
          omitted: [OMIT, velocityArity(3)],
          ...notNumbers(cycle),
          huge: [1e300, 1e-293], // 10,000,000 ÷ 1e300
          ...rowRanges(cycle, 50, 200_000),
        },
        edges: [[1, 10_000_000]],
      },
    },
  },
};
