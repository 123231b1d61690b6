// Boundary rows of the recurring-revenue functions: KPI_LTV, KPI_CHURN_RATE, KPI_NRR, KPI_CAC_PAYBACK.
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

const arpa = messages("arpa", "顧客あたり月間売上（ARPA）");
const churn = messages("churn_rate", "解約率");
const margin = messages("gross_margin", "粗利率");
const lost = messages("lost", "解約顧客数");
const atStart = messages("at_start", "期首顧客数");
const startMrr = messages("start_mrr", "期首MRR");
const expansion = messages("expansion", "拡大MRR");
const contraction = messages("contraction", "縮小MRR");
const churned = messages("churned", "解約MRR");
const cac = messages("cac", "顧客獲得コスト（CAC）");

const ltvArity = arityOf("2 to 3", "arpa, churn_rate, gross_margin");
const churnArity = arityOf("2", "lost, at_start");
const nrrArity = arityOf("4", "start_mrr, expansion, contraction, churned");
const paybackArity = arityOf("2 to 3", "cac, arpa, gross_margin");

const lostTooMuch = (got: string, had: string) =>
  new Refusal(
    `contraction + churned must not exceed start_mrr + expansion: no more MRR can be lost than there was (got ${got} of ${had})`,
    `縮小MRRと解約MRRの合計（${got}）が期首MRRと拡大MRRの合計（${had}）を超えています`,
  );

/** gross_margin: a planned rate, optional; left empty it is 1, which gives `whole`. */
function marginKinds(valid: number, whole: number) {
  return {
    zero: [0, margin.fraction("0")],
    negative: [-0.8, margin.fraction("-0.8")],
    blank: ["", whole],
    omitted: [OMIT, whole],
    ...notNumbers(margin),
    huge: [1e300, margin.fraction("1e+300")],
    ...rowRanges(margin, 0.8, valid, { blankRow: whole }),
  } as const;
}

export const saasTables: Record<string, FunctionTable> = {
  KPI_LTV: {
    valid: [10_000, 0.02, 0.8],
    want: 400_000, // 10,000 × 0.8 ÷ 0.02
    params: {
      arpa: {
        kinds: {
          zero: [0, 0],
          negative: [-1, arpa.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, ltvArity(0)],
          ...notNumbers(arpa),
          huge: [1e300, 4e301],
          ...rowRanges(arpa, 10_000, 400_000),
        },
        edges: [[Number.MAX_VALUE, overflow]], // × 0.8 ÷ 0.02 = 7.2e309
      },
      churn_rate: {
        kinds: {
          zero: [0, churn.fraction("0")],
          negative: [-0.02, churn.fraction("-0.02")],
          blank: ["", ""],
          omitted: [OMIT, ltvArity(1)],
          ...notNumbers(churn),
          huge: [1e300, churn.fraction("1e+300")],
          ...rowRanges(churn, 0.02, 400_000),
        },
        edges: [
          [2, churn.percent("2", "0.02")],
          [100, churn.percent("100", "1")], // 100% is a rate of 1, the highest there is
          [100.5, churn.fraction("100.5")], // no rate is 100.5%: no hint
          [1, 8_000],
        ],
      },
      gross_margin: {
        kinds: marginKinds(400_000, 500_000),
        edges: [
          [80, margin.percent("80", "0.8")],
          [1, 500_000],
        ],
      },
    },
  },
  KPI_CHURN_RATE: {
    valid: [5, 200],
    want: 0.025,
    params: {
      lost: {
        kinds: {
          zero: [0, 0],
          negative: [-1, lost.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, churnArity(0)],
          ...notNumbers(lost),
          huge: [1e300, 5e297],
          ...rowRanges(lost, 5, 0.025),
        },
      },
      at_start: {
        kinds: {
          zero: [0, atStart.zero()],
          negative: [-200, atStart.negative("-200")],
          blank: ["", ""],
          omitted: [OMIT, churnArity(1)],
          ...notNumbers(atStart),
          huge: [1e300, 5e-300],
          ...rowRanges(atStart, 200, 0.025),
        },
        edges: [[5, 1]],
      },
    },
  },
  KPI_NRR: {
    valid: [1_000_000, 150_000, 30_000, 20_000],
    want: 1.1, // 1,100,000 ÷ 1,000,000
    params: {
      start_mrr: {
        kinds: {
          zero: [0, startMrr.zero()],
          negative: [-1, startMrr.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, nrrArity(0)],
          ...notNumbers(startMrr),
          huge: [1e300, 1], // the other amounts vanish next to it
          ...rowRanges(startMrr, 1_000_000, 1.1),
        },
        edges: [[100_000, 2]], // (100,000 + 150,000 − 50,000) ÷ 100,000
      },
      expansion: {
        kinds: {
          zero: [0, 0.95],
          negative: [-1, expansion.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, nrrArity(1)],
          ...notNumbers(expansion),
          huge: [1e300, 1e294],
          ...rowRanges(expansion, 150_000, 1.1),
        },
      },
      contraction: {
        kinds: {
          zero: [0, 1.13],
          negative: [-1, contraction.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, nrrArity(2)],
          ...notNumbers(contraction),
          huge: [1e300, lostTooMuch("1e+300", "1150000")], // was an NRR of −1e294
          ...rowRanges(contraction, 30_000, 1.1),
        },
        edges: [[1_130_000, 0]], // with 20,000 churned: all of 1,150,000 lost
      },
      churned: {
        kinds: {
          zero: [0, 1.12],
          negative: [-1, churned.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, nrrArity(3)],
          ...notNumbers(churned),
          huge: [1e300, lostTooMuch("1e+300", "1150000")],
          ...rowRanges(churned, 20_000, 1.1),
        },
        edges: [
          [1_120_000, 0],
          [1_120_001, lostTooMuch("1150001", "1150000")],
        ],
      },
    },
  },
  KPI_CAC_PAYBACK: {
    valid: [120_000, 10_000, 0.8],
    want: 15, // 120,000 ÷ (10,000 × 0.8)
    params: {
      cac: {
        kinds: {
          zero: [0, 0],
          negative: [-1, cac.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, paybackArity(0)],
          ...notNumbers(cac),
          huge: [1e300, 1.25e296],
          ...rowRanges(cac, 120_000, 15),
        },
      },
      arpa: {
        kinds: {
          zero: [0, arpa.zero()],
          negative: [-1, arpa.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, paybackArity(1)],
          ...notNumbers(arpa),
          huge: [1e300, 1.5e-295],
          ...rowRanges(arpa, 10_000, 15),
        },
        edges: [[1_000, 150]],
      },
      gross_margin: {
        kinds: marginKinds(15, 12), // left empty: 120,000 ÷ 10,000
        edges: [
          [80, margin.percent("80", "0.8")],
          [1, 12],
        ],
      },
    },
  },
};
