// Recurring-revenue metrics (BRIEF §3.4) as spreadsheet functions: thin, vectorized wrappers over
// domain/saas. Amounts are per month; rates are fractions (2% = 0.02). Each parameter's sign and type
// refuse in mapRows whatever the domain would refuse (a negative amount, a zero divisor, a rate
// outside (0, 1]), naming the function's own argument, so the domain is called only with valid values.
import { cacPayback, customerChurnRate, ltv, nrr } from "../domain/saas";
import { type CallContext, mapRows } from "./args";
import { FunctionArgumentError } from "./errors";
import type { FunctionSpec, ParamSpec } from "./spec";

/** A count or an amount: 0 or more, or above 0 where the function divides by it. */
function amount(name: string, en: string, ja: string, sign: ParamSpec["sign"] = "nonNegative"): ParamSpec {
  return { name, type: "number", sign, description: { en, ja } };
}

const arpa = amount("arpa", "average monthly revenue per account (ARPA)", "顧客あたり月間売上（ARPA）");
/** CAC payback divides by ARPA. */
const arpaDivisor: ParamSpec = { ...arpa, sign: "positive" };
const grossMargin: ParamSpec = {
  name: "gross_margin",
  type: "fraction",
  optional: true,
  description: { en: "gross margin (0.8 = 80%; default 1)", ja: "粗利率" },
};

export function saasFunctions(ctx: () => CallContext): FunctionSpec[] {
  const ltvFn: FunctionSpec = {
    name: "KPI_LTV",
    params: [
      arpa,
      {
        name: "churn_rate",
        type: "fraction",
        description: { en: "monthly churn (0.02 = 2%)", ja: "解約率" },
      },
      grossMargin,
    ],
    description: {
      en: "Customer lifetime value: ARPA × gross margin ÷ monthly churn rate.",
      ja: "顧客生涯価値（LTV）：ARPA × 粗利率 ÷ 月次解約率。",
    },
    returns: { en: "lifetime value per customer", ja: "顧客1社あたりのLTV" },
    example: "=KPI_LTV(10000, 0.02, 0.8)",
    exampleResult: "400000",
    run: (...args) =>
      mapRows(ltvFn.name, ltvFn.params, args, ctx(), ([a, c, g]) =>
        ltv(a as number, c as number, (g as number | undefined) ?? 1),
      ),
  };

  const churnFn: FunctionSpec = {
    name: "KPI_CHURN_RATE",
    params: [
      amount("lost", "customers lost in the period", "解約顧客数"),
      amount("at_start", "customers at the start of the period", "期首顧客数", "positive"),
    ],
    description: {
      en: "Customer churn rate: customers lost ÷ customers at the start of the period.",
      ja: "顧客解約率：期間中の解約顧客数 ÷ 期首顧客数。",
    },
    returns: { en: "a fraction (0.025 = 2.5%)", ja: "小数（0.025 = 2.5%）" },
    example: "=KPI_CHURN_RATE(5, 200)",
    exampleResult: "0.025",
    run: (...args) =>
      mapRows(churnFn.name, churnFn.params, args, ctx(), ([l, s]) =>
        customerChurnRate(l as number, s as number),
      ),
  };

  const nrrFn: FunctionSpec = {
    name: "KPI_NRR",
    params: [
      amount("start_mrr", "MRR at the start of the period", "期首MRR", "positive"),
      amount("expansion", "MRR added by existing customers (upgrades)", "拡大MRR"),
      amount("contraction", "MRR lost to downgrades", "縮小MRR"),
      amount("churned", "MRR lost to cancellations", "解約MRR"),
    ],
    description: {
      en: "Net revenue retention: (start MRR + expansion − contraction − churned) ÷ start MRR; new customers excluded.",
      ja: "売上継続率（NRR）：（期首MRR + 拡大 − 縮小 − 解約）÷ 期首MRR。新規顧客は含めません。",
    },
    returns: { en: "a fraction (1.1 = 110%)", ja: "小数（1.1 = 110%）" },
    example: "=KPI_NRR(1000000, 150000, 30000, 20000)",
    exampleResult: "1.1",
    run: (...args) =>
      mapRows(nrrFn.name, nrrFn.params, args, ctx(), ([s, e, c, ch]) => {
        const had = (s as number) + (e as number);
        const lost = (c as number) + (ch as number);
        // No more MRR can be lost than there was: a negative NRR is a mistake in the inputs. A hair
        // over is the binary sum of decimals (0.1 + 0.2 against 0.3), not a mistake: that gives 0.
        if (lost > had * (1 + 1e-12)) {
          throw new FunctionArgumentError(nrrFn.name, {
            en: `contraction + churned must not exceed start_mrr + expansion: no more MRR can be lost than there was (got ${lost} of ${had})`,
            ja: `縮小MRRと解約MRRの合計（${lost}）が期首MRRと拡大MRRの合計（${had}）を超えています`,
          });
        }
        return Math.max(0, nrr(s as number, e as number, c as number, ch as number));
      }),
  };

  const paybackFn: FunctionSpec = {
    name: "KPI_CAC_PAYBACK",
    params: [
      amount("cac", "cost to acquire one customer (CAC)", "顧客獲得コスト（CAC）"),
      arpaDivisor,
      grossMargin,
    ],
    description: {
      en: "Months of gross profit from one customer to earn back what it cost to win: CAC ÷ (ARPA × gross margin).",
      ja: "CAC回収期間（月数）：顧客獲得コスト ÷（ARPA × 粗利率）。",
    },
    returns: { en: "months", ja: "月数" },
    example: "=KPI_CAC_PAYBACK(120000, 10000, 0.8)",
    exampleResult: "15",
    run: (...args) =>
      mapRows(paybackFn.name, paybackFn.params, args, ctx(), ([c, a, g]) =>
        cacPayback(c as number, a as number, (g as number | undefined) ?? 1),
      ),
  };

  return [ltvFn, churnFn, nrrFn, paybackFn];
}
