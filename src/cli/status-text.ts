// The status report for a person: compact tables with bilingual headings, numbers rounded for
// reading only (the JSON keeps them unrounded).
import { isPercentUnit } from "../domain/kpi-progress";
import { byEffect } from "../domain/levers";
import type { Plan } from "../domain/plan";
import type { UnreadableWhy } from "../domain/status/log-entries";
import type { StatusReport } from "../domain/status/report";
import { table } from "./io";

const WHY: Record<UnreadableWhy, string> = {
  date_text: "date is text / 日付が文字列",
  date_outside: "date outside the period / 期間外の日付",
  no_date: "no date / 日付なし",
  rep_unknown: "rep not on the team / チームにいない担当者",
  not_number: "not a number / 数値ではない",
  negative: "negative / マイナス",
  percent_above_1: "percent above 100% / 100%超",
};

const STATUS = { on_track: "● on track/順調", watch: "▲ watch/注意", behind: "✕ behind/遅れ" } as const;

export function statusText(plan: Plan, r: StatusReport): string {
  const fmt = (x: number | null, digits = 0) =>
    x === null ? "—" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
  const percentKpi = (id: string) => {
    const k = plan.kpis.find((x) => x.id === id);
    return (
      k !== undefined && ("rateFrom" in k.source || ("manual" in k.source && isPercentUnit(k.source.unit)))
    );
  };
  const amount = (id: string, x: number | null) => (percentKpi(id) ? pct(x) : fmt(x, 1));
  const lines: string[] = [];
  lines.push(`${plan.title}\nas of / 基準日 ${r.asOf}  (${plan.period.start} … ${plan.period.end})\n\n`);
  const head = [
    "KPI / 指標",
    "target/目標",
    "to date/現時点",
    "actual/実績",
    "achv/達成率",
    "pace/ペース",
    "status/状況",
  ];
  const kgi = r.kgi;
  const rows = [
    head,
    [
      `KGI: ${plan.kgi.name}`,
      fmt(kgi.target),
      fmt(kgi.targetToDate),
      fmt(kgi.actual),
      pct(kgi.achievement),
      pct(kgi.pace),
      "",
    ],
    ...r.kpis.map((k) => [
      k.name,
      amount(k.id, k.target),
      amount(k.id, k.targetToDate),
      amount(k.id, k.actual),
      pct(k.achievement),
      pct(k.pace),
      k.status ? STATUS[k.status] : "",
    ]),
  ];
  lines.push(table(rows, [1, 2, 3, 4, 5]));
  lines.push(`forecast / 着地見込み: ${fmt(kgi.forecast)} ${plan.kgi.unit}\n`);
  const chance =
    kgi.hitProbability === null ? "— (5 working days first / 稼働5日目から)" : pct(kgi.hitProbability);
  lines.push(`chance of reaching the KGI / KGI達成確率: ${chance}\n\n`);

  const stageName = (stream: string, stage: string) =>
    plan.streams.find((s) => s.id === stream)?.stages.find((g) => g.id === stage)?.name ?? stage;
  // A stream with lead time: what must be in the pipeline at the start, beside what is required.
  const lead = r.funnel.some((f) => f.pipelineAtStart !== undefined);
  const pipeline = (f: (typeof r.funnel)[number]) =>
    lead ? [f.pipelineAtStart === undefined ? "" : fmt(f.pipelineAtStart)] : [];
  lines.push(
    table(
      [
        [
          "stage/段階",
          "required/必要",
          ...(lead ? ["pipeline at start/期首パイプライン"] : []),
          "actual/実績",
          "plan rate/計画",
          "actual rate/実績率",
          "90% range/区間",
          "ratio/比",
        ],
        ...r.funnel.map((f) => {
          const c = r.calibration.find((x) => x.stream === f.stream && x.stage === f.stage);
          return [
            plan.streams.length > 1
              ? `${f.stream}: ${stageName(f.stream, f.stage)}`
              : stageName(f.stream, f.stage),
            fmt(f.required),
            ...pipeline(f),
            fmt(f.actual),
            pct(f.plannedRate),
            pct(f.actualRate),
            c && c.low !== null && c.high !== null ? `${pct(c.low)}–${pct(c.high)}` : "",
            fmt(f.ratio, 2),
          ];
        }),
      ],
      lead ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6],
    ),
  );
  const b = r.bottleneck;
  if (b) {
    lines.push(
      `\nbottleneck / ボトルネック: ${stageName(b.stream, b.stage)} (ratio ${fmt(b.ratio, 2)}) — ` +
        `at stake / 影響: ${fmt(b.atStake.deals, 1)} deals/件, ${fmt(b.atStake.kgi)} ${plan.kgi.unit}\n`,
    );
    for (const a of b.actions)
      lines.push(`  - ${plan.locale === "ja" ? `${a.ja} / ${a.en}` : `${a.en} / ${a.ja}`}\n`);
  } else {
    lines.push("\nbottleneck / ボトルネック: none — every stage with data is at or above plan / なし\n");
  }
  const top = byEffect(r.levers)[0];
  if (top) {
    const stream = plan.streams.find((s) => s.id === top.stream);
    const what =
      top.stage === null
        ? `deal value +10% / 平均受注単価 +10%${plan.streams.length > 1 ? ` (${stream?.name ?? top.stream})` : ""}`
        : `${stageName(top.stream, top.stage)} → next rate +1 pt / 次段階への転換率 +1ポイント`;
    const topStage = stream?.stages[0]?.name ?? "";
    lines.push(
      `biggest lever / 最大のレバー: ${what} — ${fmt(-top.activity)} fewer ${topStage} needed / 必要な${topStage}が${fmt(-top.activity)}減, ` +
        `+${fmt(top.kgi)} ${plan.kgi.unit} from the planned ${topStage} / 計画どおりの${topStage}で\n`,
    );
  }

  lines.push("\n");
  lines.push(
    table(
      [
        ["rep/担当者", "target/目標", "actual/実績", "achv/達成率", "pace/ペース"],
        ...r.reps.map((p) => [
          p.name,
          fmt(p.kgi.target),
          fmt(p.kgi.actual),
          pct(p.kgi.achievement),
          pct(p.kgi.pace),
        ]),
      ],
      [1, 2, 3, 4],
    ),
  );
  if (r.unreadable.length > 0) {
    lines.push(`\nnot counted / 集計されない記入: ${r.unreadable.length}\n`);
    for (const u of r.unreadable.slice(0, 10))
      lines.push(`  ${u.cell}  ${JSON.stringify(u.value)}  ${WHY[u.why]}\n`);
    if (r.unreadable.length > 10)
      lines.push(`  … ${r.unreadable.length - 10} more / ほか ${r.unreadable.length - 10} 件 (--json)\n`);
  }
  return lines.join("");
}
