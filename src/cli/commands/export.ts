// kpi-designer export PLAN.json --out FILE.xlsx [--update] — the workbook of BRIEF §3.5 as xlsx.
// Nothing is written for an invalid plan (exit 2) or one with lint errors (exit 1); an existing file
// is never silently replaced when that would lose data; a failed write leaves nothing behind.
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { Text } from "../../domain/i18n";
import { hasErrors, lintPlan } from "../../domain/lint";
import { buildWorkbook } from "../../workbook/build";
import type { LogChoice } from "../../workbook/log-decision";
import { nameClashText } from "../../workbook/names";
import { fail, out } from "../io";
import { archiveActuals, planLog } from "../log-choice";
import { fileProblem, loadPlan } from "../plan-file";
import { type OpenedWorkbook, openWorkbookPackage } from "../xlsx-package/open";
import type { XlsxPackage } from "../xlsx-package/package";
import { updatedPackage } from "../xlsx-package/update";
import type { ExistingWorkbook } from "../xlsx-reader";
import { userNamesTaken } from "../xlsx-update";
import { specToWorkbook, writeFileAtomically, writeWorkbookFile } from "../xlsx-writer";
import { formatFinding } from "./check";

type Existing = { kind: "none" } | { kind: "dir" } | { kind: "file"; opened: OpenedWorkbook };

async function inspect(path: string): Promise<Existing> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { kind: "dir" };
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return { kind: "none" };
    const why = fileProblem(e);
    return {
      kind: "file",
      opened: {
        ok: false,
        why: { en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` },
      },
    };
  }
  return { kind: "file", opened: await openWorkbookPackage(path) };
}

async function writeProblem(e: unknown, path: string): Promise<Text> {
  const code = (e as { code?: string }).code;
  // Special file systems (/proc) answer ENOENT for a folder that exists but takes no new files.
  const folderExists = await stat(dirname(path)).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (code === "ENOENT" && folderExists) {
    return {
      en: `files cannot be created in the folder ${dirname(path)}`,
      ja: `フォルダー ${dirname(path)} にはファイルを作成できません`,
    };
  }
  if (code === "ENOENT" || code === "ENOTDIR") {
    return {
      en: `the folder ${dirname(path)} does not exist`,
      ja: `フォルダー ${dirname(path)} がありません`,
    };
  }
  if (code === "EROFS") return { en: "the disk is read-only", ja: "読み取り専用のディスクです" };
  return fileProblem(e);
}

const rowsOf = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

export async function exportCommand(
  planPath: string,
  outPath: string,
  update: boolean,
  logChoice?: LogChoice,
): Promise<number> {
  const plan = await loadPlan(planPath);
  if (!plan) return 2;
  const findings = lintPlan(plan);
  if (hasErrors(findings)) {
    for (const f of findings.filter((x) => x.severity === "error")) out(formatFinding(f));
    fail({
      en: `${planPath} has lint errors: nothing was written (see kpi-designer check)`,
      ja: `${planPath} にエラーがあるため、何も書き出していません（kpi-designer check で確認できます）`,
    });
    return 1;
  }

  const existing = await inspect(outPath);
  if (existing.kind === "dir") {
    fail({
      en: `cannot write ${outPath}: it is a folder`,
      ja: `${outPath} はフォルダーのため書き込めません`,
    });
    return 1;
  }
  let previous: ExistingWorkbook | null = null;
  let pkg: XlsxPackage | null = null;
  if (update) {
    if (existing.kind === "none") {
      fail({
        en: `${outPath} does not exist: --update regenerates an existing workbook. Run without --update to create it`,
        ja: `${outPath} がありません。--update は既存のブックを更新します。新しく作るには --update を付けずに実行してください`,
      });
      return 1;
    }
    if (!existing.opened.ok) {
      fail(existing.opened.why);
      return 1;
    }
    previous = existing.opened.existing;
    pkg = existing.opened.pkg;
  } else if (existing.kind === "file") {
    const refusal = refuseOverwrite(outPath, existing.opened.ok ? existing.opened.existing : null);
    if (refusal) {
      fail(refusal);
      return 1;
    }
  }

  const log = previous ? planLog(previous, plan, logChoice) : null;
  if (log && !log.ok) {
    fail(log.why);
    return 1;
  }
  // Our sheets in the file as it is, and the one that stays under another name (an archived log).
  const oldOurs = new Set(Object.values(previous?.ours ?? {}));
  const renamed = new Map<string, string>();
  if (previous && log?.ok && log.archiveAs) {
    if (previous.ours.actuals) renamed.set(previous.ours.actuals, log.archiveAs);
    previous = archiveActuals(previous, log.archiveAs);
  }
  const spec = buildWorkbook(plan, {
    existingActuals: log?.ok ? log.existingActuals : null,
    existingReviews: previous?.reviews ?? [],
    existingReviewHeader: previous?.reviewHeader ?? null,
    foreignSheetNames: previous?.foreignSheetNames ?? [],
    retireKgi: log?.ok ? log.retireKgi : false,
    newColumnsAtEnd: true,
  });
  const clashes = previous ? userNamesTaken(previous, spec) : [];
  if (clashes.length) {
    fail(nameClashText(clashes, "xlsx"));
    return 1;
  }
  try {
    if (pkg) await writeFileAtomically(await updatedPackage(pkg, spec, { oldOurs, renamed }), outPath);
    else await writeWorkbookFile(specToWorkbook(spec), outPath);
  } catch (e) {
    const why = await writeProblem(e, outPath);
    fail({ en: `cannot write ${outPath}: ${why.en}`, ja: `${outPath} に書き込めません: ${why.ja}` });
    return 1;
  }

  const visible = spec.sheets.filter((s) => !s.hidden).map((s) => s.name);
  out(
    `Wrote ${outPath}: ${visible.join(", ")} (+ hidden data sheet), ${spec.namedRanges.length} named ranges\n`,
  );
  if (previous) {
    out(
      log?.ok && log.archiveAs
        ? `Moved the actuals to the sheet ${log.archiveAs}; the new plan starts an empty log`
        : `Kept ${rowsOf(previous.actuals?.rows.length ?? 0)} of actuals`,
    );
    const foreign = previous.foreignSheetNames;
    out(
      foreign.length
        ? `; sheets not created by KPI Designer left as they were: ${foreign.join(", ")}\n`
        : "\n",
    );
  }
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (warnings) out(`${warnings} lint warning(s): see kpi-designer check ${planPath}\n`);
  out("Charts are drawn by the Google Sheets add-on only; the tables they show are in the Dashboard.\n");
  return 0;
}

/** Why an existing file must not be replaced without --update, or null when replacing loses nothing. */
function refuseOverwrite(path: string, wb: ExistingWorkbook | null): Text | null {
  if (!wb) {
    return {
      en: `${path} already exists and is not an .xlsx workbook: not overwriting it. Choose another --out`,
      ja: `${path} は既に存在し、.xlsx ブックではないため上書きしません。別の --out を指定してください`,
    };
  }
  if (!wb.dataSheet) {
    return {
      en: `${path} is an existing workbook KPI Designer did not create: not overwriting it. Use --update to add the KPI sheets to it (its sheets are kept), or choose another --out`,
      ja: `${path} は KPI Designer 以外で作られたブックのため上書きしません。--update を付けるとシートを残したまま KPI のシートを追加します。または別の --out を指定してください`,
    };
  }
  const rows = wb.actuals?.rows.length ?? 0;
  const foreign = wb.foreignSheetNames;
  if (rows === 0 && foreign.length === 0) return null;
  const what = [
    rows ? `${rowsOf(rows)} of actuals` : "",
    foreign.length ? `sheets KPI Designer did not create (${foreign.join(", ")})` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return {
    en: `${path} already holds ${what}: not overwriting it. Use --update to regenerate it keeping them, or choose another --out`,
    ja: `${path} には実績データまたは他のシートがあるため上書きしません。--update を付けるとそれらを残したまま更新します。または別の --out を指定してください`,
  };
}
