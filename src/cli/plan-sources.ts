// `status PLAN.json --actuals LOG [--deals LIST] [--map MAP]`: the plan file and the team's data it is
// counted from — a log (ours or the team's own, mapped by its header) and/or a deal list — each read
// into log entries. `--map` pins the one its `kind` names ("log" by default, or "deals").
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import type { Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import type { MappingFile } from "../domain/source/mapping-file";
import { type ReadLog, readLog } from "../domain/status/log-entries";
import { resolveSheetNames } from "../workbook/build";
import { readCsv } from "./csv-file";
import { dealSource } from "./deal-source";
import { fail } from "./io";
import { logWorksheet } from "./log-reader";
import { readMapping } from "./mapping-file";
import { fileProblem, loadPlan } from "./plan-file";
import { sourceLog } from "./source-log";
import { readWorkbook } from "./workbook-file";

export interface PlanSources {
  plan: Plan;
  reads: ReadLog[];
  /** What to tell on stderr: each source's mapping, warnings. */
  said: string[];
}

/** A .csv or .xlsx source's sheet and the name its cells are reported under; null after saying why. */
async function openSheet(
  path: string,
  flag: string,
  preferred: string,
): Promise<{ ws: ExcelJS.Worksheet; name: string } | null> {
  const kind = extname(path).toLowerCase();
  if (kind !== ".csv" && kind !== ".xlsx") {
    fail({
      en: `${flag} must be a .csv or .xlsx file (got ${path})`,
      ja: `${flag} には .csv か .xlsx のファイルを指定してください（${path}）`,
    });
    return null;
  }
  if (kind === ".csv") {
    try {
      // The file system's reason (no such file, a folder, no permission), not exceljs's words.
      if ((await stat(path)).isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
      return { ws: await readCsv(path), name: basename(path) };
    } catch (e) {
      const why = fileProblem(e);
      fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
      return null;
    }
  }
  const wb = await readWorkbook(path);
  const ws = wb && logWorksheet(wb, preferred);
  if (!ws) {
    if (wb) fail({ en: `${path} has no sheets`, ja: `${path} にシートがありません` });
    return null;
  }
  return { ws, name: ws.name };
}

const warn = (t: Text) => `Warning: ${t.en}\n警告: ${t.ja}`;

export async function planSources(
  path: string,
  options: { actuals?: string; deals?: string; map?: string },
): Promise<PlanSources | null> {
  const { actuals, deals, map } = options;
  if (!actuals && !deals) {
    fail({
      en: "with a plan file, --actuals LOG.csv|LOG.xlsx (or --deals LIST.csv|LIST.xlsx, or --events FILE.parquet|FILE.csv) is required",
      ja: "計画ファイルには --actuals LOG.csv|LOG.xlsx（または --deals LIST.csv|LIST.xlsx、--events FILE.parquet|FILE.csv）を指定してください",
    });
    return null;
  }
  const plan = await loadPlan(path);
  if (!plan) return null;
  let pinned: MappingFile | null = null;
  if (map !== undefined) {
    const file = await readMapping(map);
    if (!file) return null;

    const kind = file.kind ?? "log";
    if ((kind === "log" && !actuals) || (kind === "deals" && !deals)) {
      fail({
        en: `--map ${map} is a mapping of ${kind === "log" ? "a log: give --actuals" : 'a deal list ("kind": "deals"): give --deals'}`,
        ja: `--map ${map} は${kind === "log" ? "実績ログの対応づけです。--actuals を指定してください" : "案件一覧の対応づけです。--deals を指定してください"}`,
      });
      return null;
    }
    pinned = file;
  }
  const team = plan.team.map((m) => m.name);
  const result: PlanSources = { plan, reads: [], said: [] };
  if (actuals) {
    const opened = await openSheet(actuals, "--actuals", resolveSheetNames(plan).actuals);
    if (!opened) return null;
    const log = sourceLog(
      opened.ws,
      plan,
      opened.name,
      pinned?.kind !== "deals" ? (pinned?.columns ?? null) : null,
    );
    if (!log.ok) {
      fail(log.why);
      return null;
    }
    result.said.push(...log.said);
    if (log.missing.length > 0)
      result.said.push(
        warn({
          en: `the log has no column for ${log.missing.join(", ")} (counted as 0)`,
          ja: `実績に次の列がありません（0 として集計）: ${log.missing.join("、")}`,
        }),
      );
    if (log.unused.length > 0)
      result.said.push(
        warn({
          en: `columns not in the plan, not read: ${log.unused.join(", ")}`,
          ja: `計画にない列は読みません: ${log.unused.join("、")}`,
        }),
      );
    result.reads.push(readLog(log.log, plan.period, team));
  }
  if (deals) {
    const opened = await openSheet(deals, "--deals", "");
    if (!opened) return null;
    const list = dealSource(opened.ws, plan, opened.name, pinned?.kind === "deals" ? pinned : null);
    if (!list.ok) {
      fail(list.why);
      return null;
    }
    result.said.push(...list.said, ...list.read.warnings.map(warn));
    result.reads.push({ entries: list.read.entries, unreadable: list.read.unreadable });
  }
  return result;
}
