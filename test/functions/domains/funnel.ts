// The reverse funnel's boundary rows: KPI_REQUIRED_CALLS, KPI_FUNNEL, KPI_REQUIRED_ACTIVITY.
// Valid call: 1,000,000 revenue at 1,000 a deal = 1,000 deals → ÷0.25 = 4,000 meetings → ÷0.5 =
// 8,000 appointments → ÷0.1 = 80,000 calls (each stage rounded up).
import { arityOf, type FunctionTable, messages, notNumbers, OMIT, overflow, rowRanges } from "./table";

const goal = messages("goal_revenue", "売上目標");
const deal = messages("avg_deal_size", "平均受注単価");
const win = messages("win_rate", "受注率");
const meeting = messages("meeting_rate", "商談化率");
const appointment = messages("appointment_rate", "アポ獲得率");
const rates = messages("rates", "各段階の転換率（上流から順に）");
const target = messages("target_count", "最終段階の目標件数");

const callsArity = arityOf("5", "goal_revenue, avg_deal_size, win_rate, meeting_rate, appointment_rate");
const funnelArity = arityOf("3", "goal_revenue, avg_deal_size, rates");
const activityArity = arityOf("2", "target_count, rates");

/** A kind's value as the middle rate of three. */
const midRate = (v: unknown) => [[0.1, v, 0.25]];
/** The funnel of the valid call as KPI_FUNNEL lays it out for one goal: a column, top first. */
const funnelColumn = [[80_000], [8_000], [4_000], [1_000]];
const funnelRow = [80_000, 8_000, 4_000, 1_000];

/** One planned rate of KPI_REQUIRED_CALLS at `index`, worth `valid` in the valid call. */
function rate(m: ReturnType<typeof messages>, index: number, valid: number) {
  return {
    zero: [0, m.fraction("0")],
    negative: [-valid, m.fraction(`-${valid}`)], // the named mutant: a rate below 0 is refused
    blank: ["", ""],
    omitted: [OMIT, callsArity(index)],
    ...notNumbers(m),
    huge: [1e300, m.fraction("1e+300")],
    ...rowRanges(m, valid, 80_000),
  } as const;
}

export const funnelTables: Record<string, FunctionTable> = {
  KPI_REQUIRED_CALLS: {
    valid: [1e6, 1e3, 0.25, 0.5, 0.1],
    want: 80_000,
    params: {
      goal_revenue: {
        kinds: {
          zero: [0, 0],
          negative: [-1, goal.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, callsArity(0)],
          ...notNumbers(goal),
          huge: [1e300, 8e298], // 1e297 deals → 4e297 → 8e297 → 8e298
          range1x1: [[[1e6]], [[80_000]]],
          rangeNxM: [
            [
              [1e6, 1e6],
              [1e6, 1e6],
            ],
            goal.shape(2, 2),
          ],
          rangeBlank: [
            [[1e6], [""], [2e6]],
            [[80_000], [""], [160_000]],
          ],
          rangeText: [[[1e6], ["n/a"]], goal.notNumber('"n/a"')],
        },
      },
      avg_deal_size: {
        kinds: {
          zero: [0, deal.zero()],
          negative: [-1000, deal.negative("-1000")],
          blank: ["", ""],
          omitted: [OMIT, callsArity(1)],
          ...notNumbers(deal),
          huge: [1e300, 80], // 1e-294 of a deal is a whole deal: 1 → 4 → 8 → 80
          ...rowRanges(deal, 1e3, 80_000),
        },
        edges: [[1, 80_000_000]], // 1,000,000 deals ÷ 0.25 ÷ 0.5 ÷ 0.1
      },
      win_rate: {
        kinds: rate(win, 2, 0.25),
        edges: [
          [1.2, win.percent("1.2", "0.012")],
          [1, 20_000], // 1,000 → 1,000 → 2,000 → 20,000
        ],
      },
      meeting_rate: {
        kinds: rate(meeting, 3, 0.5),
        edges: [
          [1.5, meeting.percent("1.5", "0.015")],
          [1, 40_000], // 1,000 → 4,000 → 4,000 → 40,000
        ],
      },
      appointment_rate: {
        kinds: rate(appointment, 4, 0.1),
        edges: [
          [2, appointment.percent("2", "0.02")],
          [1, 8_000], // 1,000 → 4,000 → 8,000 → 8,000
        ],
      },
    },
  },
  KPI_FUNNEL: {
    valid: [1e6, 1e3, [[0.1, 0.5, 0.25]]],
    want: funnelColumn,
    params: {
      goal_revenue: {
        kinds: {
          zero: [0, [[0], [0], [0], [0]]],
          negative: [-1, goal.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, funnelArity(0)],
          ...notNumbers(goal),
          huge: [1e300, [[8e298], [8e297], [4e297], [1e297]]],
          // a range of goals: a row of stages per goal
          ...rowRanges(goal, 1e6, funnelRow),
        },
      },
      avg_deal_size: {
        kinds: {
          zero: [0, deal.zero()],
          negative: [-1000, deal.negative("-1000")],
          blank: ["", ""],
          omitted: [OMIT, funnelArity(1)],
          ...notNumbers(deal),
          huge: [1e300, [[80], [8], [4], [1]]], // a sliver of a deal is one deal
          ...rowRanges(deal, 1e3, funnelRow),
        },
        edges: [[1_000_000, [[80], [8], [4], [1]]]],
      },
      rates: {
        kinds: {
          zero: [midRate(0), rates.fraction("0")],
          negative: [midRate(-0.5), rates.fraction("-0.5")],
          blank: ["", rates.empty()],
          omitted: [OMIT, funnelArity(2)],
          ...notNumbers(rates, midRate),
          huge: [midRate(1e300), rates.fraction("1e+300")],
          range1x1: [[[0.5]], [[2_000], [1_000]]], // 1,000 deals ÷ 0.5
          // read across, then down: 0.1, 0.5, 0.25, 1 → 1,000 → 1,000 → 4,000 → 8,000 → 80,000
          rangeNxM: [
            [
              [0.1, 0.5],
              [0.25, 1],
            ],
            [[80_000], [8_000], [4_000], [1_000], [1_000]],
          ],
          rangeBlank: [[[0.1], [""], [0.5], [0.25]], funnelColumn], // the empty cell is left out
          rangeText: [[[0.1], ["n/a"], [0.25]], rates.notNumber('"n/a"')],
        },
        edges: [
          [[[0.1, 1.5, 0.25]], rates.percent("1.5", "0.015")],
          [[[1, 1, 1]], [[1_000], [1_000], [1_000], [1_000]]],
        ],
      },
    },
  },
  KPI_REQUIRED_ACTIVITY: {
    valid: [120, [[0.1, 0.5, 0.25]]],
    want: 9_600, // 120 → 480 → 960 → 9,600
    params: {
      target_count: {
        kinds: {
          zero: [0, 0],
          negative: [-1, target.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, activityArity(0)],
          ...notNumbers(target),
          huge: [1e300, 8e301], // 4e300 → 8e300 → 8e301
          ...rowRanges(target, 120, 9_600),
        },
        edges: [
          [0.5, 80], // half a deal is a deal: 1 → 4 → 8 → 80
          [Number.MAX_VALUE, overflow], // 1.8e308 ÷ 0.25 ÷ 0.5 ÷ 0.1
        ],
      },
      rates: {
        kinds: {
          zero: [[[0.1, 0.5, 0]], rates.fraction("0")],
          negative: [[[-0.1, 0.5, 0.25]], rates.fraction("-0.1")],
          blank: ["", rates.empty()],
          omitted: [OMIT, activityArity(1)],
          ...notNumbers(rates, midRate),
          huge: [midRate(1e300), rates.fraction("1e+300")],
          range1x1: [[[0.5]], 240], // 120 ÷ 0.5
          rangeNxM: [
            [
              [0.1, 0.5],
              [0.25, 1],
            ],
            9_600, // 120 → 120 → 480 → 960 → 9,600
          ],
          rangeBlank: [[[0.1], [""], [0.5], [0.25]], 9_600],
          rangeText: [[[0.1], ["n/a"], [0.25]], rates.notNumber('"n/a"')],
        },
        edges: [
          [[[0.1, 50, 0.25]], rates.percent("50", "0.5")],
          [[[1, 1, 1]], 120],
        ],
      },
    },
  },
};
