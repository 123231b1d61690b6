// kpi-designer status WORKBOOK.xlsx | PLAN.json --actuals LOG [--deals LIST] [--map MAP] [--as-of YYYY-MM-DD] [--json]
//                  | PLAN.json --events FILE.parquet|FILE.csv [--grain day|week] [--time-zone ZONE] [--columns …]
// The Dashboard's numbers without a spreadsheet (BRIEF §3.8), for the command line and automation.
import { extname } from "node:path";
import { isIsoDate, isoDateInZone } from "../../domain/calendar-dates";
import { type Plan, parsePlan } from "../../domain/plan";
import { remediesFor } from "../../domain/playbook";
import { readLog } from "../../domain/status/log-entries";
import { statusReport } from "../../domain/status/report";
import { Tally } from "../../domain/status/tally";
import { type EventFlags, eventOptions } from "../event-options";
import { eventsLog } from "../events-log";
import { err, fail, out } from "../io";
import { workbookLog } from "../log-reader";
import { loadPlan } from "../plan-file";
import { type PlanSources, planSources } from "../plan-sources";
import { statusText } from "../status-text";
import { readWorkbook } from "../workbook-file";

export interface StatusOptions extends EventFlags {
  actuals?: string;
  events?: string;
  deals?: string;
  map?: string;
  asOf?: string;
  json: boolean;
}

const today = () => isoDateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The plan and its log aggregated from raw events in DuckDB (the warehouse path); null after saying why. */
async function fromEvents(path: string, events: string, options: StatusOptions): Promise<PlanSources | null> {
  const plan = await loadPlan(path);
  if (!plan) return null;
  const query = eventOptions(plan, events, options);
  if (!query) return null;
  const read = await eventsLog(events, plan, query);
  if (!read.ok) {
    fail(read.why);
    return null;
  }
  const team = plan.team.map((m) => m.name);
  return { plan, reads: [readLog(read.log, plan.period, team)], said: read.said };
}

/** The plan and its log, from our workbook or from a plan file and a plain log; null after saying why. */
async function load(path: string, options: StatusOptions): Promise<PlanSources | null> {
  const { events } = options;
  const eventFlag =
    options.grain !== undefined
      ? "--grain"
      : options.timeZone !== undefined
        ? "--time-zone"
        : options.columns !== undefined
          ? "--columns"
          : null;
  if (events === undefined && eventFlag) {
    fail({
      en: `${eventFlag} goes with --events: it says how raw events are aggregated`,
      ja: `${eventFlag} は --events と一緒に指定します（イベントの集計方法の指定です）`,
    });
    return null;
  }
  if (events !== undefined) {
    const other = options.actuals ? "--actuals" : options.deals ? "--deals" : options.map ? "--map" : null;
    if (extname(path).toLowerCase() !== ".json" || other) {
      fail({
        en: `--events goes with a plan file alone (kpi-designer status PLAN.json --events FILE)${other ? `, not with ${other}` : ""}`,
        ja: `--events は計画ファイルだけと一緒に指定します（kpi-designer status PLAN.json --events FILE）${other ? `。${other} とは併用できません` : ""}`,
      });
      return null;
    }
    return fromEvents(path, events, options);
  }
  if (extname(path).toLowerCase() === ".json") return planSources(path, options);
  const { actuals, deals, map } = options;
  if (extname(path).toLowerCase() !== ".xlsx") {
    fail({
      en: `status reads a KPI Designer workbook (.xlsx) or a plan file (.json) (got ${path})`,
      ja: `status には KPI Designer のブック（.xlsx）か計画ファイル（.json）を指定してください（${path}）`,
    });
    return null;
  }
  const given = actuals ? "--actuals" : deals ? "--deals" : map ? "--map" : null;
  if (given) {
    fail({
      en: `${given} goes with a plan file; a KPI Designer workbook holds its own Actuals`,
      ja: `${given} は計画ファイルと一緒に使います。KPI Designer のブックには実績シートがあります`,
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
  const plan = found.plan as Plan;
  return {
    plan,
    reads: [
      readLog(
        found.log,
        plan.period,
        plan.team.map((m) => m.name),
      ),
    ],
    said: [],
  };
}

export async function status(path: string, options: StatusOptions): Promise<number> {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    fail({
      en: `--as-of must be a date as YYYY-MM-DD (got ${options.asOf})`,
      ja: `--as-of は YYYY-MM-DD の日付で指定してください（${options.asOf}）`,
    });
    return 2;
  }
  const loaded = await load(path, options);
  if (!loaded) return 2;
  const { plan, reads, said } = loaded;
  if (said.length > 0) err(`${said.join("\n")}\n`);
  const report = statusReport({
    plan,
    tally: new Tally(reads.flatMap((r) => r.entries)),
    unreadable: reads.flatMap((r) => r.unreadable),
    asOf: options.asOf ?? today(),
    actionsFor: (stream, stage) => remediesFor(plan, stream, stage),
  });
  out(options.json ? `${JSON.stringify(report, null, 2)}\n` : statusText(plan, report));
  return 0;
}
