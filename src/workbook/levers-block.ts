// The Levers block on Targets, under the team's funnel it varies (BRIEF §3.8 `levers`): one row per
// rate (+1 point, at most 100%) and per deal value (+10%), with the top-stage work it saves and the
// KGI it brings. The formulas are the domain's lever rules (src/domain/levers.ts) rendered with the
// Assumptions' named ranges, so editing a rate or a deal value moves them; a rank column orders each
// stream's levers by effect while the rows stay in funnel order.
import { render } from "../domain/formula";
import { resolveFunnelRef } from "../domain/funnel";
import { pick, type Text } from "../domain/i18n";
import { type Lever, leverRules, streamLevers } from "../domain/levers";
import type { Plan } from "../domain/plan";
import { rectA1 } from "./a1";
import { formula, header, rect, type SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { funnelNames } from "./names";
import { isMoneyUnit, shareFormat } from "./units";

/** Where one lever's row is on Targets (0-based). */
export interface LeverCells {
  stream: string;
  /** The stage the rate converts from; null for the deal value. */
  stage: string | null;
  kind: Lever["kind"];
  row: number;
}

/** Columns of the block. */
export const LEVER_COL = { stream: 0, lever: 1, change: 2, activity: 3, kgi: 4, rank: 5 } as const;

/**
 * 1 + the stream's levers ahead of row i: fewer top-stage count (more saved), or as many and more
 * KGI; on a full tie the earlier row — the order of byEffect (src/domain/levers.ts). Plain cell
 * comparisons, no COUNTIF criteria: a criterion is text, and a KGI turned into text may lose digits.
 */
function rankFormula(rows: readonly number[], i: number): string {
  const at = (r: number, c: number) => rectA1(rect(r, c), false);
  const me = rows[i] as number;
  const [D, E] = [at(me, LEVER_COL.activity), at(me, LEVER_COL.kgi)];
  const ahead = rows.flatMap((r, j) => {
    if (j === i) return [];
    const [d, e] = [at(r, LEVER_COL.activity), at(r, LEVER_COL.kgi)];
    return [`IF(OR(${d}<${D},AND(${d}=${D},${e}${j < i ? ">=" : ">"}${E})),1,0)`];
  });
  return ["1", ...ahead].join("+");
}

/** Writes the block at the sheet's next row and returns where each lever went, in plan order. */
export function buildLevers(s: SheetBuilder, plan: Plan): LeverCells[] {
  const t = (x: Text) => pick(x, plan.locale);
  const rounding = plan.rounding ?? "stage";
  // Expected KGI is a fraction: money in whole units, a count with one decimal.
  const kgiFormat = shareFormat(isMoneyUnit(plan.kgi.unit) ? "currency" : "integer");
  s.line([text(t(L.levers), "section")]);
  s.line([text(t(L.leversNote), "note")]);
  s.line([L.stream, L.lever, L.leverChange, L.leverActivity, L.leverKgi, L.rank].map((h) => header(t(h))));
  return plan.streams.flatMap((st) => {
    const names = funnelNames(st);
    const cell = (name: string) => resolveFunnelRef(name, names);
    const levers = streamLevers(st.stages.map((g) => g.id));
    const rows = levers.map((_, i) => s.row + i);
    return levers.map(({ input, stage }, i): LeverCells => {
      const rules = leverRules(input, st.stages.length, rounding);
      const rate = input.kind === "rate";
      const row = s.line([
        text(st.name),
        text(rate ? (st.stages[input.k]?.name ?? "") : t(L.dealValue)),
        text(t(rate ? L.leverRateStep : L.leverDealValueStep)),
        formula(render(rules.activity, cell), "integer"),
        formula(render(rules.kgi, cell), kgiFormat),
        formula(rankFormula(rows, i), "integer"),
      ]);
      return { stream: st.id, stage, kind: input.kind, row };
    });
  });
}
