// `export --update` with a new plan over a log kept under another (BRIEF §3.5): the command line
// cannot ask, so `--log keep|archive` says what to do, and without it nothing is written.
import type { Text } from "../domain/i18n";
import { type Plan, parsePlan } from "../domain/plan";
import type { ExistingActuals } from "../workbook/actuals";
import { archiveSheetName, isNewPlan, type LogChoice } from "../workbook/log-decision";
import type { ExistingWorkbook } from "./xlsx-reader";

export type LogPlan =
  | { ok: true; existingActuals: ExistingActuals | null; retireKgi: boolean; archiveAs: string | null }
  | { ok: false; why: Text };

export function planLog(previous: ExistingWorkbook, plan: Plan, choice: LogChoice | undefined): LogPlan {
  const stored = parsePlan(previous.meta?.plan);
  const rows = previous.actuals?.rows.length ?? 0;
  const newPlan = stored.ok && rows > 0 && isNewPlan(stored.plan, plan);
  if (!stored.ok || !newPlan)
    return { ok: true, existingActuals: previous.actuals, retireKgi: false, archiveAs: null };
  if (!choice) {
    const was = `${stored.plan.title}: ${stored.plan.kgi.name} (${stored.plan.kgi.unit}), ${stored.plan.period.start}–${stored.plan.period.end}`;
    return {
      ok: false,
      why: {
        en: `the workbook holds ${rows} row(s) of actuals under another plan (${was}). Nothing was written: run again with --log keep (carry them on under the new plan; the old KGI's values are archived, never added to the new KGI) or --log archive (move them to an archive sheet and start an empty log)`,
        ja: `このブックには別の計画（${was}）の実績が${rows}行あります。何も書き出していません。--log keep（新しい計画で引き続き使う。前のKGIの値は新しいKGIに合算せず保管列に残す）または --log archive（保管シートに移して空の実績から始める）を付けて、もう一度実行してください`,
      },
    };
  }
  if (choice === "keep")
    return { ok: true, existingActuals: previous.actuals, retireKgi: true, archiveAs: null };
  const base = previous.ours.actuals ?? "Actuals";
  return {
    ok: true,
    existingActuals: null,
    retireKgi: false,
    archiveAs: archiveSheetName(base, stored.plan, previous.sheetNames),
  };
}

/** Sets the workbook's Actuals aside as a sheet of the user's, under `name` (before the update). */
export function archiveActuals(previous: ExistingWorkbook, name: string): ExistingWorkbook {
  const from = previous.ours.actuals;
  const ws = from ? previous.workbook.getWorksheet(from) : undefined;
  if (!ws || !from) return previous;
  ws.name = name;
  const { actuals: _gone, ...ours } = previous.ours;
  return {
    ...previous,
    ours,
    actuals: null,
    sheetNames: previous.sheetNames.map((n) => (n === from ? name : n)),
    foreignSheetNames: [...previous.foreignSheetNames, name],
  };
}
