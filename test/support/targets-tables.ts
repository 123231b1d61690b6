// Where the Targets sheet's per-period and per-rep tables are in a built workbook: rows and stage
// columns, found by their section labels (lead-time-hand and lead-time-sheet tests).
import type { Plan } from "../../src/domain/plan";
import { planTargets } from "../../src/domain/targets";
import { L } from "../../src/workbook/labels";
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";

export const textOf = (c: CellSpec | null | undefined) =>
  typeof c?.value === "string" ? c.value : undefined;

/** The per-period table and the per-rep table of the Targets sheet: rows and stage columns. */
export function tables(spec: WorkbookSpec, plan: Plan) {
  const sheet = spec.sheets.find((s) => s.key === "targets");
  if (!sheet) throw new Error("no Targets sheet");
  const row = (label: { ja: string; en: string }) =>
    sheet.cells.findIndex((r) => textOf(r[0]) === label[plan.locale]);
  const stageCol = (i: number) => 4 + i;
  const periods = planTargets(plan).periods.map((_, i) => row(L.perPeriod) + 2 + i);
  const reps = plan.team.map((_, i) => row(L.perRep) + 2 + i);
  return { periods, reps, stageCol };
}
