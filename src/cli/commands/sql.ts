// kpi-designer sql PLAN.json --dialect bigquery|duckdb --source TABLE [--grain day|week]
//   [--time-zone ZONE] [--columns FIELD=NAME,…] — the query that turns a raw event table into the
// plan's Actuals log (issue 20): a warehouse aggregates, the workbook works on its rows unchanged.
import { DIALECTS, type Dialect, isFileSource, renderQuery } from "../../warehouse/dialects";
import { eventsQuery } from "../../warehouse/events-query";
import { type EventFlags, eventOptions } from "../event-options";
import { fail, out } from "../io";
import { loadPlan } from "../plan-file";

export interface SqlOptions extends EventFlags {
  dialect?: string;
  source?: string;
}

export async function sql(path: string, options: SqlOptions): Promise<number> {
  const { dialect, source } = options;
  if (dialect === undefined || !(DIALECTS as readonly string[]).includes(dialect)) {
    fail({
      en: `--dialect must be ${DIALECTS.join(" or ")}${dialect === undefined ? "" : ` (got ${dialect})`}`,
      ja: `--dialect には ${DIALECTS.join(" か ")} を指定してください${dialect === undefined ? "" : `（${dialect}）`}`,
    });
    return 2;
  }
  const table = (s: string) => s.split(".").every((part) => part.trim() !== "");
  if (
    source === undefined ||
    !(dialect === "duckdb" && isFileSource(source) ? source.trim() !== "" : table(source))
  ) {
    fail({
      en: `--source must name the event table (dataset.table, or a .parquet/.csv file for duckdb)${source === undefined ? "" : ` (got ${source})`}`,
      ja: `--source にはイベントのテーブル名（dataset.table、duckdb では .parquet/.csv ファイルも可）を指定してください${source === undefined ? "" : `（${source}）`}`,
    });
    return 2;
  }
  const plan = await loadPlan(path);
  if (!plan) return 2;
  const query = eventOptions(plan, source, options);
  if (!query) return 2;
  out(renderQuery(eventsQuery(plan, query), dialect as Dialect));
  return 0;
}
