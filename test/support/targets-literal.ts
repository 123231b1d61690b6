// Reads a template's Targets sheet, as an engine computed it, into the shape of the hand-worked
// tables of test/fixtures/template-literals/, so that one `toEqual` compares every number. Where the
// cells are comes from the spec (section labels, stage headers); what they hold comes from the engine.
import type { Plan } from "../../src/domain/plan";
import { L } from "../../src/workbook/labels";
import { leadStages } from "../../src/workbook/lead-time-sheet";
import { N } from "../../src/workbook/names";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { stageColumns } from "../../src/workbook/targets-sheet";
import type { StageLiteral, TemplateLiteral } from "../fixtures/template-literals";

/** A cell of the Targets sheet (0-based row and column) as the engine shows it. */
export type ReadCell = (row: number, col: number) => unknown;
/** A workbook-scope named range's first cell as the engine shows it. */
export type ReadNamed = (name: string) => unknown;

/** The Targets sheet as the literal tables describe it, plus the month weights it shares by. */
export interface TargetsRead extends TemplateLiteral {
  /** Working days per month (the per-period table's weight column) and WORKDAYS_TOTAL. */
  workingDays: number[];
  /** The table's running sums of those weights. */
  cumulativeDays: number[];
  workdaysTotal: unknown;
}

const textOf = (c: CellSpec | null | undefined) => (typeof c?.value === "string" ? c.value : undefined);

function sectionRow(sheet: SheetSpec, label: string): number {
  const r = sheet.cells.findIndex((row) => textOf(row[0]) === label);
  if (r < 0) throw new Error(`no section "${label}" on ${sheet.name}`);
  return r;
}

export function targetsSheet(spec: WorkbookSpec): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === "targets");
  if (!sheet) throw new Error("no Targets sheet");
  return sheet;
}

/** Rows `first`, `first + 1`, … of column `col`, read by the engine. */
const column = (read: ReadCell, first: number, count: number, col: number) =>
  Array.from({ length: count }, (_, i) => read(first + i, col));

/** `id` names the template the plan came from (a plan does not carry it). */
export function readTargets(
  id: string,
  spec: WorkbookSpec,
  plan: Plan,
  read: ReadCell,
  named: ReadNamed,
): TargetsRead {
  const sheet = targetsSheet(spec);
  const t = (x: { ja: string; en: string }) => x[plan.locale];
  const columns = stageColumns(plan);
  const reps = plan.team.length;
  const perRep = sectionRow(sheet, t(L.perRep)) + 2;
  const perDay = sectionRow(sheet, t(L.perRepPerDay)) + 2;
  const perPeriodHeader = sectionRow(sheet, t(L.perPeriod)) + 1;
  const perPeriod = perPeriodHeader + 1;
  const months = sheet.cells.slice(perPeriod).findIndex((row) => row[1]?.formula === undefined);
  // Each stage's column is where its header says (a stage name, "stream: stage" with two streams).
  columns.forEach((c, j) => {
    for (const r of [perRep - 1, perDay - 1, perPeriodHeader]) {
      const got = textOf(sheet.cells[r]?.[4 + j]);
      if (got !== c.name) throw new Error(`Targets row ${r + 1} column ${5 + j}: "${got}", not "${c.name}"`);
    }
  });
  const lead = leadStages(plan);
  const leadRow = lead.length > 0 ? sectionRow(sheet, t(L.leadSection)) + 3 : -1;
  const stages: StageLiteral[] = columns.map((c, j) => {
    const h = lead.findIndex((g) => g.streamId === c.streamId && g.stageId === c.stageId);
    const stage: StageLiteral = {
      stream: c.streamId,
      stage: c.stageId,
      required: named(N.required(c.streamId, c.stageId)) as number,
      perRep: column(read, perRep, reps, 4 + j) as number[],
      perRepPerDay: column(read, perDay, reps, 4 + j) as (number | string)[],
      perPeriod: column(read, perPeriod, months, 4 + j) as number[],
    };
    if (h >= 0) {
      stage.lead = {
        daysAhead: read(leadRow + h, 2) as number,
        weightDue: read(leadRow + h, 4) as number,
        pipelineAtStart: read(leadRow + h, 5) as number,
        weightDueAhead: column(read, perPeriod, months, 4 + columns.length + h) as number[],
      };
    }
    return stage;
  });
  return {
    id,
    kgi: {
      target: named(N.kgiTarget) as number,
      perRep: column(read, perRep, reps, 3) as number[],
      perRepPerDay: column(read, perDay, reps, 3) as number[],
      perPeriod: column(read, perPeriod, months, 3) as number[],
    },
    repWeights: column(read, perRep, reps, 1) as number[],
    stages,
    workingDays: column(read, perPeriod, months, 1) as number[],
    cumulativeDays: column(read, perPeriod, months, 2) as number[],
    workdaysTotal: named(N.workdaysTotal),
  };
}

/** The part the hand-worked tables hold, for one `toEqual`. */
export function literalPart(read: TargetsRead): TemplateLiteral {
  return { id: read.id, kgi: read.kgi, repWeights: read.repWeights, stages: read.stages };
}
