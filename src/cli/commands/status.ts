// kpi-designer status WORKBOOK.xlsx | PLAN.json --actuals LOG [--as-of YYYY-MM-DD] [--json]
// The Dashboard's numbers without a spreadsheet (BRIEF §3.8), for the command line and automation.
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import { isIsoDate, isoDateInZone } from "../../domain/calendar-dates";
import { type Plan, parsePlan } from "../../domain/plan";
import { remediesFor } from "../../domain/playbook";
import { readLog } from "../../domain/status/log-entries";
import { statusReport } from "../../domain/status/report";
import { Tally } from "../../domain/status/tally";
import { resolveSheetNames } from "../../workbook/build";
import { readCsv } from "../csv-file";
import { err, fail, out } from "../io";
import { logWorksheet, workbookLog } from "../log-reader";
import { readMapping } from "../mapping-file";
import { fileProblem, loadPlan } from "../plan-file";
import { type SourceLog, sourceLog } from "../source-log";
import { statusText } from "../status-text";

export interface StatusOptions {
  actuals?: string;
  map?: string;
  asOf?: string;
  json: boolean;
}

const today = () => isoDateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

async function readWorkbook(path: string): Promise<ExcelJS.Workbook | null> {
  const wb = new ExcelJS.Workbook();
  try {
    // Read first, so a missing or unreadable file is told as such, not as exceljs's own words.
    await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    return wb;
  } catch (e) {
    // A file that is there but is no zip (exceljs's own words name a zip library's internals).
    const why = (e as { code?: string }).code
      ? fileProblem(e)
      : { en: "it is not an .xlsx workbook", ja: ".xlsx ブックではありません" };
    fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
    return null;
  }
}

/** The plan and its log, from our workbook or from a plan file and a plain log; null after saying why. */
async function load(path: string, actuals: string | undefined, map: string | undefined) {
  if (extname(path).toLowerCase() === ".json") {
    if (!actuals) {
      fail({
        en: "with a plan file, --actuals LOG.csv|LOG.xlsx is required",
        ja: "計画ファイルには --actuals LOG.csv|LOG.xlsx を指定してください",
      });
      return null;
    }
    const kind = extname(actuals).toLowerCase();
    if (kind !== ".csv" && kind !== ".xlsx") {
      fail({
        en: `--actuals must be a .csv or .xlsx file (got ${actuals})`,
        ja: `--actuals には .csv か .xlsx のファイルを指定してください（${actuals}）`,
      });
      return null;
    }
    const plan = await loadPlan(path);
    if (!plan) return null;
    const pinned = map === undefined ? null : await readMapping(map);
    if (pinned === undefined) return null;
    const mapped = (read: SourceLog) => {
      if (!read.ok) fail(read.why);
      return read.ok ? { plan, log: read.log, source: read } : null;
    };
    const actualsName = resolveSheetNames(plan).actuals;
    if (kind === ".csv") {
      try {
        // The file system's reason (no such file, a folder, no permission), not exceljs's words.
        if ((await stat(actuals)).isDirectory()) throw Object.assign(new Error(actuals), { code: "EISDIR" });
        const ws = await readCsv(actuals);
        return mapped(sourceLog(ws, plan, basename(actuals), pinned));
      } catch (e) {
        const why = fileProblem(e);
        fail({ en: `cannot read ${actuals}: ${why.en}`, ja: `${actuals} を読み込めません: ${why.ja}` });
        return null;
      }
    }
    const wb = await readWorkbook(actuals);
    const ws = wb && logWorksheet(wb, actualsName);
    if (!ws) {
      if (wb) fail({ en: `${actuals} has no sheets`, ja: `${actuals} にシートがありません` });
      return null;
    }
    return mapped(sourceLog(ws, plan, ws.name, pinned));
  }
  if (extname(path).toLowerCase() !== ".xlsx") {
    fail({
      en: `status reads a KPI Designer workbook (.xlsx) or a plan file (.json) (got ${path})`,
      ja: `status には KPI Designer のブック（.xlsx）か計画ファイル（.json）を指定してください（${path}）`,
    });
    return null;
  }
  if (actuals || map) {
    fail({
      en: `${actuals ? "--actuals" : "--map"} goes with a plan file; a KPI Designer workbook holds its own Actuals`,
      ja: "--actuals は計画ファイルと一緒に使います。KPI Designer のブックには実績シートがあります",
    });
    return null;
  }
  const wb = await readWorkbook(path);
  if (!wb) return null;
  let problem: string[] = [];
  const found = workbookLog(wb, (raw) => {
    const r = parsePlan(raw);
    if (r.ok) return r.plan;
    problem = r.issues.map((i) => `${i.path}: ${i.message.en}`);
    return null;
  });
  if (!found.ok) {
    const why = {
      not_ours: {
        en: "is not a KPI Designer workbook (no data sheet)",
        ja: "KPI Designer のブックではありません（データシートがありません）",
      },
      no_plan: {
        en: "holds no plan (its data sheet was edited?)",
        ja: "計画が保存されていません（データシートが編集されましたか）",
      },
      no_actuals: { en: "has no Actuals sheet of KPI Designer", ja: "KPI Designer の実績シートがありません" },
    }[found.why];
    fail({ en: `${path} ${why.en}`, ja: `${path} は${why.ja}` });
    return null;
  }
  if (problem.length > 0) {
    fail({
      en: `the plan stored in ${path} is not valid: ${problem.join("; ")}`,
      ja: `${path} に保存された計画が正しくありません: ${problem.join("; ")}`,
    });
    return null;
  }
  return { plan: found.plan as Plan, log: found.log };
}

/** A plain log's header that does not match the plan: said on stderr, the report still printed. */
function warnColumns(missing: readonly string[], unmatched: readonly string[]): void {
  if (missing.length > 0)
    err(
      `Warning: the log has no column for ${missing.join(", ")} (counted as 0)\n` +
        `警告: 実績に次の列がありません（0 として集計）: ${missing.join("、")}\n`,
    );
  if (unmatched.length > 0)
    err(
      `Warning: columns not in the plan, not read: ${unmatched.join(", ")}\n` +
        `警告: 計画にない列は読みません: ${unmatched.join("、")}\n`,
    );
}

export async function status(path: string, options: StatusOptions): Promise<number> {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    fail({
      en: `--as-of must be a date as YYYY-MM-DD (got ${options.asOf})`,
      ja: `--as-of は YYYY-MM-DD の日付で指定してください（${options.asOf}）`,
    });
    return 2;
  }
  const loaded = await load(path, options.actuals, options.map);
  if (!loaded) return 2;
  const { plan, log } = loaded;
  const source = "source" in loaded ? loaded.source : null;
  if (source?.ok) {
    if (source.said.length > 0) err(`${source.said.join("\n")}\n`);
    warnColumns(source.missing, source.unused);
  }
  const read = readLog(
    log,
    plan.period,
    plan.team.map((m) => m.name),
  );
  const report = statusReport({
    plan,
    tally: new Tally(read.entries),
    unreadable: read.unreadable,
    asOf: options.asOf ?? today(),
    actionsFor: (stream, stage) => remediesFor(plan, stream, stage),
  });
  out(options.json ? `${JSON.stringify(report, null, 2)}\n` : statusText(plan, report));
  return 0;
}
