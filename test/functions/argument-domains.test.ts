// Every parameter of every custom function, one at a time with the others valid: the values where the
// maths is undefined are refused with a FunctionArgumentError naming the function and the argument
// (English, then Japanese), and the documented edge cases pass.
// - counts, amounts and observed rates: a negative is refused; 0 is fine unless the function divides
//   by it; observed rates (actual_rates) may exceed 1;
// - planned rates (reverse-calculated or divided by): above 0 and at most 1.
// Every refusal and every result below is written by hand.
import { describe, expect, it } from "vitest";
import { FunctionArgumentError } from "../../src/functions/errors";
import { customFunction, customFunctions } from "../../src/functions/registry";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

interface Domain {
  /** The argument's name in the Japanese half of every refusal. */
  ja: string;
  /** Values refused, each with the English message after "FUNCTION: ". */
  bad: [value: unknown, en: string][];
  /** Values accepted, each with what the call gives with the other arguments valid. */
  good: [value: unknown, want: unknown][];
}

interface FunctionDomains {
  /** Valid arguments, one per parameter, and what they give. */
  valid: unknown[];
  want: unknown;
  params: Record<string, Domain>;
}

// April 2026: 22 weekdays (Wed 04-01 to Thu 04-30), 11 of them through Wed 04-15; 04-29 a holiday.
const names = [["calls", "appointments", "meetings"]];
const planned = [[0.1, 0.5, 0.25]];
const fractionBad = (name: string, neg: number, above: number, hint: string): [unknown, string][] => [
  [neg, `${name} must be a fraction between 0 and 1 (got ${neg})`],
  [0, `${name} must be a fraction between 0 and 1 (got 0)`],
  [above, `${name} must be a fraction between 0 and 1 (got ${above} — ${hint})`],
];

const domains: Record<string, FunctionDomains> = {
  KPI_REQUIRED_CALLS: {
    // 1,000 deals → ÷0.25 = 4,000 meetings → ÷0.5 = 8,000 appointments → ÷0.1 = 80,000 calls
    valid: [1e6, 1e3, 0.25, 0.5, 0.1],
    want: 80_000,
    params: {
      goal_revenue: {
        ja: "売上目標",
        bad: [[-1, "goal_revenue must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      avg_deal_size: {
        ja: "平均受注単価",
        bad: [
          [-1000, "avg_deal_size must not be negative (got -1000)"],
          [0, "avg_deal_size must not be 0 (division by zero)"],
        ],
        good: [[1, 80_000_000]], // 1,000,000 deals ÷ 0.25 ÷ 0.5 ÷ 0.1
      },
      win_rate: {
        ja: "受注率",
        bad: fractionBad("win_rate", -0.25, 1.2, "for 1.2% write 0.012"),
        good: [[1, 20_000]], // 1,000 → 1,000 → 2,000 → 20,000
      },
      meeting_rate: {
        ja: "商談化率",
        bad: fractionBad("meeting_rate", -0.5, 1.5, "for 1.5% write 0.015"),
        good: [[1, 40_000]], // 1,000 → 4,000 → 4,000 → 40,000
      },
      appointment_rate: {
        ja: "アポ獲得率",
        bad: fractionBad("appointment_rate", -0.1, 2, "for 2% write 0.02"),
        good: [[1, 8_000]], // 1,000 → 4,000 → 8,000 → 8,000
      },
    },
  },
  KPI_FUNNEL: {
    valid: [1e6, 1e3, [[0.1, 0.5, 0.25]]],
    want: [[80_000], [8_000], [4_000], [1_000]],
    params: {
      goal_revenue: {
        ja: "売上目標",
        bad: [[-1, "goal_revenue must not be negative (got -1)"]],
        good: [[0, [[0], [0], [0], [0]]]],
      },
      avg_deal_size: {
        ja: "平均受注単価",
        bad: [
          [-1000, "avg_deal_size must not be negative (got -1000)"],
          [0, "avg_deal_size must not be 0 (division by zero)"],
        ],
        good: [[1_000_000, [[80], [8], [4], [1]]]],
      },
      rates: {
        ja: "各段階の転換率",
        bad: [
          [[[0.1, -0.5, 0.25]], "rates must be a fraction between 0 and 1 (got -0.5)"],
          [[[0.1, 0, 0.25]], "rates must be a fraction between 0 and 1 (got 0)"],
          [[[0.1, 1.5, 0.25]], "rates must be a fraction between 0 and 1 (got 1.5 — for 1.5% write 0.015)"],
        ],
        good: [[[[1, 1, 1]], [[1_000], [1_000], [1_000], [1_000]]]],
      },
    },
  },
  KPI_REQUIRED_ACTIVITY: {
    valid: [120, [[0.1, 0.5, 0.25]]],
    want: 9_600, // 120 → 480 → 960 → 9,600
    params: {
      target_count: {
        ja: "最終段階の目標件数",
        bad: [[-1, "target_count must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      rates: {
        ja: "各段階の転換率",
        bad: [
          [[[-0.1, 0.5, 0.25]], "rates must be a fraction between 0 and 1 (got -0.1)"],
          [[[0.1, 0.5, 0]], "rates must be a fraction between 0 and 1 (got 0)"],
          [[[0.1, 50, 0.25]], "rates must be a fraction between 0 and 1 (got 50 — for 50% write 0.5)"],
        ],
        good: [[[[1, 1, 1]], 120]],
      },
    },
  },
  KPI_SPLIT: {
    valid: [10, [[1, 1, 1]]],
    want: [[4, 3, 3]],
    params: {
      total: {
        ja: "配分する合計",
        bad: [[-1, "total must not be negative (got -1)"]],
        good: [[0, [[0, 0, 0]]]],
      },
      weights: {
        ja: "重み",
        bad: [
          [[[1, -1, 1]], "weights must not be negative (got -1)"],
          // the weights' sum is the divisor
          [[[0, 0, 0]], "weights must not all be 0"],
        ],
        good: [[[[0, 1, 1]], [[0, 5, 5]]]],
      },
    },
  },
  KPI_ACHIEVEMENT: {
    valid: [80, 100],
    want: 0.8,
    params: {
      actual: {
        ja: "実績",
        bad: [[-5, "actual must not be negative (got -5)"]],
        good: [
          [0, 0], // nothing yet is an observed 0, not a mistake
          [150, 1.5],
        ],
      },
      target: {
        ja: "目標",
        bad: [
          [-10, "target must not be negative (got -10)"],
          [0, "target must not be 0 (division by zero)"],
        ],
        good: [[1, 80]],
      },
      direction: {
        ja: "方向",
        bad: [["up", 'direction must be "higher" or "lower" (got "up")']],
        good: [["lower", 1.2]], // 1 + (100 − 80) ÷ 100
      },
    },
  },
  KPI_GAP: {
    valid: [80, 100],
    want: 20,
    params: {
      actual: {
        ja: "実績",
        bad: [[-5, "actual must not be negative (got -5)"]],
        good: [[0, 100]],
      },
      target: {
        ja: "目標",
        bad: [[-10, "target must not be negative (got -10)"]],
        good: [[0, 0]], // nothing to divide: a target of 0 is met
      },
      direction: {
        ja: "方向",
        bad: [["up", 'direction must be "higher" or "lower" (got "up")']],
        good: [["lower", 0]],
      },
    },
  },
  KPI_FORECAST: {
    valid: [1100, "2026-04-01", "2026-04-30", "2026-04-15"],
    want: 2200, // 1,100 × 22 ÷ 11
    params: {
      actual: {
        ja: "実績",
        bad: [[-1, "actual must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      period_start: {
        ja: "期間開始日",
        bad: [
          ["someday", 'period_start must be a date (got "someday")'],
          ["2026-02-30", 'period_start must be a real date (got "2026-02-30")'],
        ],
        good: [["2026-04-06", 2612.5]], // 19 working days, 8 through 04-15: 1,100 × 19 ÷ 8
      },
      period_end: {
        ja: "期間終了日",
        bad: [
          ["someday", 'period_end must be a date (got "someday")'],
          [
            "2026-03-31",
            "period_end must be on or after period_start (got 2026-03-31, period_start 2026-04-01)",
          ],
        ],
        good: [["2026-04-15", 1100]], // as_of is the last day: 11 of 11
      },
      as_of: {
        ja: "基準日",
        bad: [
          ["someday", 'as_of must be a date (got "someday")'],
          [
            "2026-03-31",
            "as_of must be on or after the period's first working day: no working day has passed yet (got 2026-03-31, period_start 2026-04-01)",
          ],
        ],
        good: [["2026-05-31", 1100]], // after period_end: the whole period, 22 of 22
      },
      holidays: {
        ja: "祝日",
        bad: [[[["someday"]], 'holidays must be a date (got "someday")']],
        good: [
          [[["2026-04-29"]], 2100], // 1,100 × 21 ÷ 11
          [[[""]], 2200], // a blank holidays cell is no holiday
        ],
      },
    },
  },
  KPI_PACE: {
    valid: [1100, 2000, "2026-04-01", "2026-04-30", "2026-04-15"],
    want: 1.1, // 1,100 ÷ (2,000 × 11 ÷ 22)
    params: {
      actual: {
        ja: "実績",
        bad: [[-1, "actual must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      target: {
        ja: "目標",
        bad: [
          [-5, "target must not be negative (got -5)"],
          [0, "target must not be 0 (division by zero)"],
        ],
        good: [[1, 2200]], // 1,100 ÷ (1 × 11 ÷ 22)
      },
      period_start: {
        ja: "期間開始日",
        bad: [["someday", 'period_start must be a date (got "someday")']],
        good: [["2026-04-06", 1.30625]], // 1,100 ÷ (2,000 × 8 ÷ 19)
      },
      period_end: {
        ja: "期間終了日",
        bad: [
          ["someday", 'period_end must be a date (got "someday")'],
          [
            "2026-03-31",
            "period_end must be on or after period_start (got 2026-03-31, period_start 2026-04-01)",
          ],
        ],
        good: [["2026-04-15", 0.55]], // 1,100 ÷ (2,000 × 11 ÷ 11)
      },
      as_of: {
        ja: "基準日",
        bad: [
          ["someday", 'as_of must be a date (got "someday")'],
          [
            "2026-03-31",
            "as_of must be on or after the period's first working day: no working day has passed yet (got 2026-03-31, period_start 2026-04-01)",
          ],
        ],
        good: [["2026-05-31", 0.55]], // 1,100 ÷ (2,000 × 22 ÷ 22)
      },
      holidays: {
        ja: "祝日",
        bad: [[[["someday"]], 'holidays must be a date (got "someday")']],
        good: [[[["2026-04-29"]], 1.05]], // 1,100 ÷ (2,000 × 11 ÷ 21)
      },
    },
  },
  KPI_RUN_RATE: {
    valid: [900, 2000, "2026-04-30", "2026-04-15"],
    want: 100, // 1,100 still missing ÷ 11 working days 04-16..04-30
    params: {
      actual: {
        ja: "実績",
        bad: [[-1, "actual must not be negative (got -1)"]],
        good: [
          [0, 2000 / 11],
          [2500, 0], // above target: nothing left to do
        ],
      },
      target: {
        ja: "目標",
        bad: [[-10, "target must not be negative (got -10)"]],
        good: [[0, 0]],
      },
      period_end: {
        ja: "期間終了日",
        bad: [["someday", 'period_end must be a date (got "someday")']],
        good: [["2026-05-29", 34.375]], // 11 + 21 working days in May through Fri 05-29: 1,100 ÷ 32
      },
      as_of: {
        ja: "基準日",
        bad: [
          ["someday", 'as_of must be a date (got "someday")'],
          [
            "2026-04-30",
            "as_of must leave at least one working day through period_end: no working day is left (got 2026-04-30, period_end 2026-04-30)",
          ],
        ],
        good: [["2026-04-28", 550]], // 04-29 and 04-30 left: 1,100 ÷ 2
      },
      holidays: {
        ja: "祝日",
        bad: [[[["someday"]], 'holidays must be a date (got "someday")']],
        good: [[[["2026-04-29"]], 110]], // 1,100 ÷ 10
      },
    },
  },
  KPI_BOTTLENECK: {
    valid: [names, planned, [[0.09, 0.35, 0.25]]],
    want: "appointments", // 0.9, 0.7, 1
    params: {
      stage_names: {
        ja: "段階名",
        bad: [[[[""], [""], [""]], "stage_names must have at least one value"]],
        good: [[[["a", "b", "c"]], "b"]],
      },
      planned_rates: {
        ja: "計画転換率",
        bad: [
          [[[0.1, -0.5, 0.25]], "planned_rates must be a fraction between 0 and 1 (got -0.5)"],
          [[[0.1, 0, 0.25]], "planned_rates must be a fraction between 0 and 1 (got 0)"],
          [
            [[0.1, 1.2, 0.25]],
            "planned_rates must be a fraction between 0 and 1 (got 1.2 — for 1.2% write 0.012)",
          ],
        ],
        good: [[[[1, 1, 1]], "calls"]], // 0.09, 0.35, 0.25
      },
      actual_rates: {
        ja: "実績転換率",
        bad: [[[[0.09, -0.35, 0.25]], "actual_rates must not be negative (got -0.35)"]],
        good: [
          [[[0.09, 0, 0.25]], "appointments"], // nothing converted: 0.9, 0, 1
          // more appointments than connects in the window: 0.9, 2.4, 1
          [[[0.09, 1.2, 0.25]], "calls"],
          [[[0.12, 0.6, 0.2]], "meetings"], // 1.2, 1.2, 0.8
        ],
      },
    },
  },
  KPI_SALES_VELOCITY: {
    valid: [40, 0.25, 1_000_000, 50],
    want: 200_000,
    params: {
      opportunities: {
        ja: "商談数",
        bad: [[-1, "opportunities must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      win_rate: {
        ja: "受注率",
        bad: fractionBad("win_rate", -0.25, 1.2, "for 1.2% write 0.012"),
        good: [[1, 800_000]],
      },
      avg_deal_size: {
        ja: "平均受注単価",
        bad: [[-1, "avg_deal_size must not be negative (got -1)"]],
        good: [[0, 0]], // multiplied, not divided by
      },
      cycle_days: {
        ja: "平均商談期間（日数）",
        bad: [
          [-30, "cycle_days must not be negative (got -30)"],
          [0, "cycle_days must not be 0 (division by zero)"],
        ],
        good: [[1, 10_000_000]],
      },
    },
  },
  KPI_LTV: {
    valid: [10_000, 0.02, 0.8],
    want: 400_000,
    params: {
      arpa: {
        ja: "顧客あたり月間売上（ARPA）",
        bad: [[-1, "arpa must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      churn_rate: {
        ja: "解約率",
        bad: fractionBad("churn_rate", -0.02, 2, "for 2% write 0.02"),
        good: [[1, 8_000]],
      },
      gross_margin: {
        ja: "粗利率",
        bad: fractionBad("gross_margin", -0.8, 80, "for 80% write 0.8"),
        good: [
          [1, 500_000],
          ["", 500_000], // optional: blank is 1
        ],
      },
    },
  },
  KPI_CHURN_RATE: {
    valid: [5, 200],
    want: 0.025,
    params: {
      lost: {
        ja: "解約顧客数",
        bad: [[-1, "lost must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      at_start: {
        ja: "期首顧客数",
        bad: [
          [-200, "at_start must not be negative (got -200)"],
          [0, "at_start must not be 0 (division by zero)"],
        ],
        good: [[5, 1]],
      },
    },
  },
  KPI_NRR: {
    valid: [1_000_000, 150_000, 30_000, 20_000],
    want: 1.1,
    params: {
      start_mrr: {
        ja: "期首MRR",
        bad: [
          [-1, "start_mrr must not be negative (got -1)"],
          [0, "start_mrr must not be 0 (division by zero)"],
        ],
        good: [[100_000, 2]], // (100,000 + 150,000 − 50,000) ÷ 100,000
      },
      expansion: {
        ja: "拡大MRR",
        bad: [[-1, "expansion must not be negative (got -1)"]],
        good: [[0, 0.95]],
      },
      contraction: {
        ja: "縮小MRR",
        bad: [[-1, "contraction must not be negative (got -1)"]],
        good: [[0, 1.13]],
      },
      churned: {
        ja: "解約MRR",
        bad: [[-1, "churned must not be negative (got -1)"]],
        good: [[0, 1.12]],
      },
    },
  },
  KPI_CAC_PAYBACK: {
    valid: [120_000, 10_000, 0.8],
    want: 15,
    params: {
      cac: {
        ja: "顧客獲得コスト（CAC）",
        bad: [[-1, "cac must not be negative (got -1)"]],
        good: [[0, 0]],
      },
      arpa: {
        ja: "顧客あたり月間売上（ARPA）",
        bad: [
          [-1, "arpa must not be negative (got -1)"],
          [0, "arpa must not be 0 (division by zero)"],
        ],
        good: [[1_000, 150]],
      },
      gross_margin: {
        ja: "粗利率",
        bad: fractionBad("gross_margin", -0.8, 80, "for 80% write 0.8"),
        good: [[1, 12]],
      },
    },
  },
  // Wilson's 90% interval (z = Φ⁻¹(0.95) = 1.64485); values from Python's statistics.NormalDist.
  KPI_CONVERSION_RANGE: {
    valid: [100, 10],
    want: [[0.1, 0.06071866701544725, 0.1603555096110922]],
    params: {
      from_count: {
        ja: "前段階の件数",
        bad: [[-100, "from_count must not be negative (got -100)"]],
        good: [
          [0, [["", "", ""]]], // no rate: a blank row
          [5, [[2, 1.1956510774555595, 3.3454576133635228]]], // above 1: Poisson's interval for 10, ÷ 5
        ],
      },
      to_count: {
        ja: "次段階の件数",
        bad: [[-1, "to_count must not be negative (got -1)"]],
        good: [[0, [[0, 0, 0.026342720783174303]]]],
      },
      confidence: {
        ja: "区間の信頼度",
        bad: [
          [-0.5, "confidence must be between 0 and 1, both excluded (got -0.5)"],
          [1, "confidence must be between 0 and 1, both excluded (got 1)"],
          [90, "confidence must be between 0 and 1, both excluded (got 90) — for 90% write 0.9"],
        ],
        good: [[0.95, [[0.1, 0.05522913706067509, 0.17436566150491342]]]],
      },
    },
  },
  // Five days 10, 12, 8, 11, 9: sum 50, mean 10, s² = (0+4+4+1+1)/4 = 2.5; 5 days left for 110:
  // t = (110 − 50 − 5·10) ÷ (√2.5·√(5 + 25/5)) = 10 ÷ 5 = 2 with 4 degrees of freedom, and
  // P(T₄ > 2) = 1 − (½ + ¾·x·(1 − x²/3)) with x = 2/√8 (the t₄ CDF in closed form) = 0.0580583.
  KPI_HIT_PROBABILITY: {
    valid: [110, [[10, 12, 8, 11, 9]], 5],
    want: 0.05805826175840782,
    params: {
      target: {
        ja: "目標（KGI）",
        bad: [[-1, "target must not be negative (got -1)"]],
        good: [
          [50, 1], // reached already
          [0, 1],
        ],
      },
      daily_actuals: {
        ja: "日々の実績",
        bad: [
          [[[10, -12, 8, 11, 9]], "daily_actuals must not be negative (got -12)"],
          [
            [[10, 12, 8, 11]],
            "daily_actuals must hold at least 5 elapsed working days to tell how much a day varies (got 4)",
          ],
        ],
        // A blank is a day with nothing: 10, 12, 0, 11, 9 — sum 42, mean 8.4, s² = 93.2/4 = 23.3;
        // t = (110 − 42 − 42) ÷ √(23.3·10) = 26 ÷ √233 = 1.7033166, x = t/√(4 + t²) = 0.6483811,
        // P = ½ − ¾·x·(1 − x²/3) = 0.0818587.
        good: [[[[10, 12, "", 11, 9]], 0.08185873]],
      },
      days_remaining: {
        ja: "残りの稼働日数",
        bad: [
          [-1, "days_remaining must not be negative (got -1)"],
          [2.5, "days_remaining must be a whole number of working days (got 2.5)"],
        ],
        good: [
          [0, 0], // no day left and 50 of 110
          // t = −940 ÷ √(2.5·(100 + 100²/5)) = −12.9732, x = −0.988325: P = ½ − ¾·x·(1 − x²/3) =
          // 0.999898 — short of 1: four degrees of freedom leave the tails heavy
          [100, 0.99989816],
        ],
      },
    },
  },
  KPI_CONVERSION: {
    valid: [400, 100],
    want: 0.25,
    params: {
      from_count: {
        ja: "前段階の件数",
        bad: [
          [-400, "from_count must not be negative (got -400)"],
          [0, "from_count must not be 0 (division by zero)"],
        ],
        good: [[50, 2]], // an observed rate above 1
      },
      to_count: {
        ja: "次段階の件数",
        bad: [[-1, "to_count must not be negative (got -1)"]],
        good: [
          [0, 0], // nothing converted
          [500, 1.25],
        ],
      },
    },
  },
};

/** The function's valid arguments with the one at `index` replaced. */
function argsWith(fn: string, index: number, value: unknown): unknown[] {
  const args = [...(domains[fn]?.valid ?? [])];
  args[index] = value;
  return args;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}

function expectResult(got: unknown, want: unknown) {
  if (typeof want === "number") expect(got).toBeCloseTo(want, 8);
  else if (Array.isArray(want)) {
    expect(Array.isArray(got), JSON.stringify(got)).toBe(true);
    expect((got as unknown[]).length).toBe(want.length);
    want.forEach((w, i) => {
      expectResult((got as unknown[])[i], w);
    });
  } else expect(got).toEqual(want);
}

// The cases, from the registry's own parameter lists: a parameter missing from the table fails.
const params = customFunctions.flatMap((f) => f.params.map((p, index) => ({ fn: f.name, param: p, index })));
const domainOf = (fn: string, param: string): Domain => {
  const d = domains[fn]?.params[param];
  if (!d) throw new Error(`no domain written for ${fn} ${param}`);
  return d;
};
const refusals = params.flatMap(({ fn, param, index }) =>
  (domains[fn]?.params[param.name]?.bad ?? []).map(
    ([value, en]) =>
      [`${fn} ${param.name} = ${JSON.stringify(value)}`, fn, param.name, index, value, en] as const,
  ),
);
const accepted = params.flatMap(({ fn, param, index }) =>
  (domains[fn]?.params[param.name]?.good ?? []).map(
    ([value, want]) => [`${fn} ${param.name} = ${JSON.stringify(value)}`, fn, index, value, want] as const,
  ),
);

describe("argument domains", () => {
  it("has a domain for every function and every parameter of the registry, and nothing else", () => {
    expect(Object.keys(domains).sort()).toEqual(customFunctions.map((f) => f.name).sort());
    for (const f of customFunctions) {
      expect(Object.keys(domains[f.name]?.params ?? {}), f.name).toEqual(f.params.map((p) => p.name));
      // optional parameters may be left off the valid call; each is tried on its own below
      const given = domains[f.name]?.valid.length ?? 0;
      expect(given, f.name).toBeGreaterThanOrEqual(f.params.filter((p) => !p.optional).length);
      expect(given, f.name).toBeLessThanOrEqual(f.params.length);
      for (const p of f.params) {
        const d = domainOf(f.name, p.name);
        expect(d.bad.length, `${f.name} ${p.name}: a value to refuse`).toBeGreaterThan(0);
        expect(d.good.length, `${f.name} ${p.name}: a value to accept`).toBeGreaterThan(0);
      }
    }
  });

  it("tries every numeric parameter negative", () => {
    const negative = (v: unknown): boolean =>
      typeof v === "number" ? v < 0 : Array.isArray(v) && v.flat().some(negative);
    for (const { fn, param } of params) {
      if (param.type === "text" || param.type === "texts" || param.type === "date" || param.type === "dates")
        continue;
      expect(
        domainOf(fn, param.name).bad.some(([v]) => negative(v)),
        `${fn} ${param.name}`,
      ).toBe(true);
    }
  });

  it.each(customFunctions.map((f) => [f.name] as const))(
    "%s gives its result with every argument valid",
    (fn) => {
      expectResult(call(fn, ...(domains[fn]?.valid ?? [])), domains[fn]?.want);
    },
  );

  it.each(refusals)("%s is refused", (_, fn, param, index, value, en) => {
    const e = thrown(() => call(fn, ...argsWith(fn, index, value)));
    expect(e).toBeInstanceOf(FunctionArgumentError);
    const message = (e as Error).message;
    const [english, japanese, ...rest] = message.split(" / ");
    expect(rest).toEqual([]);
    // names the function, then the argument
    expect(english).toBe(`${fn}: ${en}`);
    expect(english?.startsWith(`${fn}: ${param} `)).toBe(true);
    // and says it again in Japanese, with the argument's Japanese name
    expect(japanese).toContain(domainOf(fn, param).ja);
  });

  it.each(accepted)("%s is accepted", (_, fn, index, value, want) => {
    expectResult(call(fn, ...argsWith(fn, index, value)), want);
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
});
