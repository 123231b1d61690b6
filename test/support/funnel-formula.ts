// The funnel's rules as the workbook writes them, on one row of a scratch sheet: the count (or goal) in
// A, the rate (or deal value) in B, a share of 1 in C. For running the same formulas in other engines.
import { render } from "../../src/domain/formula";
import { resolveFunnelRef, stageRule } from "../../src/domain/funnel";

function onRow(rule: ReturnType<typeof stageRule>, r: number): string {
  const cell = (name: string) =>
    resolveFunnelRef(name, {
      kgiTarget: `A${r}`,
      dealValue: `B${r}`,
      share: `C${r}`,
      rate: () => `B${r}`,
      required: () => `A${r}`,
    });
  return `=${render(rule, cell)}`;
}

/** ⌈stage below ÷ its rate⌉, the rule of every stage above the deals. */
export const stageFormula = (r: number): string => onRow(stageRule(0, 2, "stage"), r);

/** A one-stage plan's deals: ⌈goal × share ÷ deal value⌉. */
export const dealsFormula = (r: number): string => onRow(stageRule(0, 1, "stage"), r);
