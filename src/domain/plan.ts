// Reading a plan file: shape (plan-schema.ts), then the rules that span fields. Every problem names
// its field path (streams[0].stages[1].rate) and says what is allowed, in Japanese and English.
import { DEFAULT_WORKDAYS, type Period, periodsBetween, type WorkCalendar } from "./calendar";
import { isIsoDate } from "./calendar-dates";
import { planFunnel } from "./funnel";
import { japaneseHolidays } from "./holidays";
import type { Text } from "./i18n";
import { describeIssue, tellableIssues } from "./plan-issues";
import { keyIssues } from "./plan-keys";
import { type Plan, planSchema } from "./plan-schema";

export * from "./plan-schema";

export interface PlanIssue {
  /** Field path, e.g. `streams[0].stages[1].rate`; "" for the whole file. */
  path: string;
  message: Text;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** Parses and checks a plan. Never throws for bad input. */
export function parsePlan(input: unknown): PlanResult {
  const shaped = planSchema.safeParse(input, { reportInput: true });
  if (!shaped.success) {
    return {
      ok: false,
      issues: tellableIssues(shaped.error.issues).map((i) => ({
        path: formatPath(i.path),
        message: describeIssue(i),
      })),
    };
  }
  const issues = planRuleIssues(shaped.data);
  return issues.length ? { ok: false, issues } : { ok: true, plan: shaped.data };
}

/**
 * The largest count a funnel stage may need: spreadsheets keep 15 significant digits, so above 10^15
 * a count is no longer a whole number (and ROUNDUP no longer rounds), up to Infinity.
 */
export const MAX_COUNT = 1e15;

/** The rules that span fields (BRIEF §3.1). */
export function planRuleIssues(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (path: string, en: string, ja: string) => issues.push({ path, message: { en, ja } });

  const { start, end } = plan.period;
  if (!isIsoDate(start))
    add("period.start", `${start} is not a real calendar date`, `${start} は存在しない日付です`);
  if (!isIsoDate(end)) add("period.end", `${end} is not a real calendar date`, `${end} は存在しない日付です`);
  if (isIsoDate(start) && isIsoDate(end) && end <= start) {
    add(
      "period.end",
      `must be after period.start (${start})`,
      `期間の終了日は開始日（${start}）より後にしてください`,
    );
  }
  plan.calendar?.holidays?.forEach((h, i) => {
    if (!isIsoDate(h))
      add(`calendar.holidays[${i}]`, `${h} is not a real calendar date`, `${h} は存在しない日付です`);
  });
  const workdays = plan.calendar?.workdays;
  if (workdays && new Set(workdays).size !== workdays.length) {
    add("calendar.workdays", "lists a weekday twice", "同じ曜日が重複しています");
  }

  const shareSum = plan.streams.reduce((s, st) => s + st.share, 0);
  if (Math.abs(shareSum - 1) > 1e-9) {
    add(
      "streams",
      `shares must add up to 1 (they add up to ${+shareSum.toFixed(12)})`,
      `各ストリームの share の合計は1にしてください（現在 ${+shareSum.toFixed(12)}）`,
    );
  }
  keyIssues(plan, add);
  plan.streams.forEach((stream, si) => {
    stream.stages.forEach((stage, i) => {
      const last = i === stream.stages.length - 1;
      if (!last && stage.rate === undefined) {
        add(
          `streams[${si}].stages[${i}].rate`,
          "is required: the conversion rate from this stage to the next (0 < rate ≤ 1)",
          "次の段階への転換率（0より大きく1以下）を指定してください",
        );
      }
      if (last && stage.rate !== undefined) {
        add(
          `streams[${si}].stages[${i}].rate`,
          "must be left out on the last stage (it has no next stage)",
          "最後の段階には転換率を指定しません",
        );
      }
      if (stage.historyCount !== undefined && stage.historyRate === undefined) {
        add(
          `streams[${si}].stages[${i}].historyCount`,
          "goes with historyRate: the count behind the team's past rate",
          "historyCount（実績の件数）は historyRate（実績の転換率）と一緒に指定してください",
        );
      }
    });
  });

  plan.kpis.forEach((kpi, ki) => {
    const src = kpi.source;
    if ("manual" in src) return;
    const stream = plan.streams.find((s) => s.id === src.stream);
    if (!stream) {
      add(
        `kpis[${ki}].source.stream`,
        `no stream has id "${src.stream}" (streams: ${plan.streams.map((s) => s.id).join(", ")})`,
        `ID「${src.stream}」のストリームがありません`,
      );
      return;
    }
    const stageId = "stage" in src ? src.stage : src.rateFrom;
    const at = stream.stages.findIndex((s) => s.id === stageId);
    const field = "stage" in src ? "stage" : "rateFrom";
    if (at < 0) {
      add(
        `kpis[${ki}].source.${field}`,
        `stream "${stream.id}" has no stage "${stageId}" (stages: ${stream.stages.map((s) => s.id).join(", ")})`,
        `ストリーム「${stream.id}」に段階「${stageId}」がありません`,
      );
    } else if (field === "rateFrom" && at === stream.stages.length - 1) {
      add(
        `kpis[${ki}].source.rateFrom`,
        `"${stageId}" is the last stage: a conversion needs a next stage`,
        `「${stageId}」は最後の段階のため転換率がありません`,
      );
    }
  });

  if (plan.seasonality && isIsoDate(start) && isIsoDate(end) && end > start) {
    const n = planPeriods(plan).length;
    if (plan.seasonality.length !== n) {
      add(
        "seasonality",
        `needs one weight per period: ${n} (got ${plan.seasonality.length})`,
        `期間ごとに1つずつ、${n}個の重みが必要です（${plan.seasonality.length}個）`,
      );
    } else if (plan.seasonality.every((w) => w === 0)) {
      add("seasonality", "needs at least one weight above 0", "少なくとも1つは0より大きい重みが必要です");
    }
  }
  if (plan.thresholds && plan.thresholds.warn > plan.thresholds.good) {
    add("thresholds.warn", "must not be above thresholds.good", "warn は good 以下にしてください");
  }
  // Only a plan sound so far has a funnel to compute (every rate present).
  if (issues.length === 0) {
    planFunnel(plan).forEach((stream) => {
      const top = stream.stages[0];
      if (top && !(top.required <= MAX_COUNT))
        add(
          "kgi.target",
          `needs more than 10^15 "${top.name}" in stream "${stream.id}": more than a spreadsheet counts in whole numbers. Check the target, the deal value and the rates`,
          `ストリーム「${stream.id}」の「${top.name}」が10^15件を超え、スプレッドシートで整数として数えられません。目標・平均受注単価・転換率を確認してください`,
        );
    });
  }
  return issues;
}

export function planPeriods(plan: Plan): Period[] {
  return periodsBetween(plan.period.start, plan.period.end, plan.period.granularity);
}

/** Workdays and holidays in force: Mon–Fri by default; Japanese public holidays by default for ja. */
export function planCalendar(plan: Plan): WorkCalendar {
  const holidays =
    plan.calendar?.holidays ??
    (plan.locale === "ja" ? japaneseHolidays(plan.period.start, plan.period.end).map((h) => h.date) : []);
  return { workdays: plan.calendar?.workdays ?? DEFAULT_WORKDAYS, holidays };
}

export const DEFAULT_THRESHOLDS = { good: 1, warn: 0.8 } as const;
