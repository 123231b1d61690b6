// Named ranges: the public handle for users' own formulas (BRIEF §3.5) and how our sheets refer to
// each other, so formulas read as the sales terms they compute.
import type { FunnelRefs } from "../domain/funnel";
import type { Text } from "../domain/i18n";
import type { Stream } from "../domain/plan-schema";

export const N = {
  kgiTarget: "KGI_TARGET",
  periodStart: "PERIOD_START",
  periodEnd: "PERIOD_END",
  weekendMask: "WEEKEND_MASK",
  holidays: "HOLIDAYS",
  thresholdGood: "THRESHOLD_GOOD",
  thresholdWarn: "THRESHOLD_WARN",
  teamNames: "TEAM_NAMES",
  teamWeights: "TEAM_WEIGHTS",
  periodWeights: "PERIOD_WEIGHTS",
  workdaysTotal: "WORKDAYS_TOTAL",
  asOf: "AS_OF",
  /** The Dashboard's rep picker (blank: the team) and the picked rep's place in TEAM_NAMES. */
  repView: "REP_VIEW",
  repIndex: "REP_INDEX",
  /** How many periods before and after an action its effect is measured over (Review Log). */
  actionWindow: "ACTION_WINDOW_PERIODS",
  daysElapsed: "DAYS_ELAPSED",
  daysRemaining: "DAYS_REMAINING",
  actualsDate: "ACT_DATE",
  actualsRep: "ACT_REP",
  actualsKgi: "ACT_KGI",
  actualsNotes: "ACT_NOTES",
  share: (stream: string) => `SHARE_${stream}`,
  dealValue: (stream: string) => `DEAL_VALUE_${stream}`,
  rate: (stream: string, stage: string) => `RATE_${stream}_${stage}`,
  required: (stream: string, stage: string) => `REQ_${stream}_${stage}`,
  /** Lead time: the stream's days from first contact to the deal, and a stage's pipeline at the start. */
  leadTime: (stream: string) => `LEAD_TIME_${stream}`,
  pipeline: (stream: string, stage: string) => `PIPELINE_${stream}_${stage}`,
  manualTarget: (kpi: string) => `TARGET_${kpi}`,
  actualsStage: (stream: string, stage: string) => `ACT_${stream}_${stage}`,
  actualsKpi: (kpi: string) => `ACT_KPI_${kpi}`,
  // The Dashboard's figures for each KPI: a stable handle for the team's own reports, which follows
  // the KPI wherever its row goes when KPIs are added, removed or reordered.
  kgiActual: "KGI_ACTUAL",
  kgiAchievement: "KGI_ACHIEVEMENT",
  kpiActual: (kpi: string) => `KPI_ACTUAL_${kpi}`,
  kpiAchievement: (kpi: string) => `KPI_ACHIEVEMENT_${kpi}`,
} as const;

/** The named range each name of a stream's funnel rules (src/domain/funnel.ts) stands for. */
export function funnelNames(st: Stream): FunnelRefs<string> {
  const stage = (k: number) => st.stages[k]?.id ?? "";
  return {
    kgiTarget: N.kgiTarget,
    share: N.share(st.id),
    dealValue: N.dealValue(st.id),
    rate: (k) => N.rate(st.id, stage(k)),
    required: (k) => N.required(st.id, stage(k)),
  };
}

/** Names we create: the fixed ones and the prefixes of the per-stream/stage/KPI ones. */
const HOLE = "\u0000";
const ourValues: unknown[] = Object.values(N);
const OUR_FIXED = new Set(ourValues.filter((v): v is string => typeof v === "string"));
const OUR_PREFIXES = ourValues
  .filter((v): v is (...a: string[]) => string => typeof v === "function")
  .map((f) => (f(HOLE, HOLE).split(HOLE)[0] as string).toUpperCase());

/** Whether a name is of a family we create (names ignore case in Sheets and Excel). */
export function isOurName(name: string): boolean {
  const upper = name.toUpperCase();
  return OUR_FIXED.has(upper) || OUR_PREFIXES.some((p) => upper.startsWith(p));
}

/** A named range already in the workbook, and the sheet it points at (null when it points nowhere). */
export interface ExistingName {
  name: string;
  sheet: string | null;
  /** Where it points, as the user would read it, e.g. `Budget!A1`. */
  where: string;
}

/**
 * The user's own named ranges that this workbook would take over: same name (names are
 * case-insensitive in Sheets and Excel) and pointing at a sheet the add-on did not create. Taking them
 * would silently change what the user's formulas compute, so generation stops instead.
 */
export function nameClashes(
  wanted: readonly string[],
  existing: readonly ExistingName[],
  foreignSheets: ReadonlySet<string>,
): ExistingName[] {
  const ours = new Set(wanted.map((n) => n.toUpperCase()));
  return existing.filter(
    (e) => ours.has(e.name.toUpperCase()) && e.sheet !== null && foreignSheets.has(e.sheet),
  );
}

/** Where the user renames a name: in Google Sheets (the add-on), or in the .xlsx (the command line). */
export type NameClashIn = "sheets" | "xlsx";

export function nameClashText(clashes: readonly ExistingName[], where: NameClashIn = "sheets"): Text {
  const list = clashes.map((c) => `${c.name} → ${c.where}`).join(", ");
  const fix: Text =
    where === "sheets"
      ? {
          en: "rename or delete them (Data → Named ranges), then generate again",
          ja: "名前を変更するか削除してから（データ → 名前付き範囲）、もう一度作成してください",
        }
      : {
          en: "rename or delete them (Excel: Formulas → Name Manager; LibreOffice: Sheet → Named Ranges and Expressions → Manage), then run export --update again",
          ja: "名前を変更するか削除してから（Excel：数式 → 名前の管理、LibreOffice：シート → 名前付き範囲と式 → 管理）、もう一度 export --update を実行してください",
        };
  return {
    en: `this workbook already has named ranges the KPI sheets need, pointing at your own sheets (${list}). Nothing was changed: ${fix.en}`,
    ja: `KPIシートが使う名前付き範囲が、すでにご自身のシートを指して定義されています（${list}）。何も変更していません。${fix.ja}`,
  };
}
