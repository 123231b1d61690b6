// KPI Tree: KGI → KFS → KPIs by tier, each with where it is measured, its live target and its SMART
// check; then each stream's reverse funnel.
import { pick, type Text } from "../domain/i18n";
import { kpiShape, manualAggregate } from "../domain/kpi-progress";
import type { LintFinding } from "../domain/lint";
import type { Plan } from "../domain/plan";
import { formula, header, label, SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { N } from "./names";
import type { NumberFormat } from "./spec";
import { unitFormat } from "./units";

const tierOrder = ["activity", "conversion", "outcome"] as const;
const severityMark = { error: "✖", warning: "⚠", info: "ℹ" } as const;

export function buildTree(plan: Plan, findings: readonly LintFinding[], sheetName: string): SheetBuilder {
  const t = (x: Text) => pick(x, plan.locale);
  const s = new SheetBuilder("tree", sheetName);
  s.spec.columnWidths = [120, 220, 200, 130, 120, 90, 260, 320];

  s.line([text(plan.title, "title")]);
  s.line([label(t(L.kgi)), text(plan.kgi.name), formula(N.kgiTarget, "currency"), text(plan.kgi.unit)]);
  s.skip();

  s.line([text(t(L.kfs), "section")]);
  for (const f of plan.kfs) s.line([null, text(f.name), text(f.note ?? "")]);
  s.skip();

  s.line([text(t(L.kpis), "section")]);
  s.line(
    [L.tier, L.kpi, L.source, L.target, L.direction, L.frequency, L.definition, L.lint].map((h) =>
      header(t(h)),
    ),
  );
  for (const tier of tierOrder) {
    plan.kpis.forEach((k, i) => {
      if (k.tier !== tier) return;
      const src = k.source;
      let where: string;
      let target: string;
      let fmt: NumberFormat;
      if ("manual" in src) {
        const how = t(L.aggregates[manualAggregate(src, k.tier)]);
        where = `${t(L.manual)} (${src.unit ? `${src.unit}, ` : ""}${how})`;
        target = N.manualTarget(k.id);
        fmt = unitFormat(src.unit, kpiShape(k));
      } else {
        const stream = plan.streams.find((st) => st.id === src.stream);
        const stageId = "stage" in src ? src.stage : src.rateFrom;
        const stage = stream?.stages.find((sg) => sg.id === stageId);
        where = `${stream?.name ?? src.stream}: ${stage?.name ?? stageId}${"rateFrom" in src ? ` → ${t(L.rate)}` : ""}`;
        target = "stage" in src ? N.required(src.stream, src.stage) : N.rate(src.stream, src.rateFrom);
        fmt = "stage" in src ? "integer" : "percent";
      }
      const mine = findings.filter((f) => f.path === `kpis[${i}]` || f.path.startsWith(`kpis[${i}].`));
      const lint =
        mine.length === 0
          ? t(L.lintOk)
          : mine.map((f) => `${severityMark[f.severity]} ${t(f.message)}`).join("\n");
      s.line([
        text(t(L.tiers[k.tier])),
        text(k.name),
        text(where),
        formula(target, fmt),
        text(t(L.directions[k.direction])),
        text(t(L.frequencies[k.frequency])),
        text(k.definition ?? ""),
        text(lint),
      ]);
    });
  }
  const planWide = findings.filter((f) => !/^kpis\[\d+\]/.test(f.path));
  for (const f of planWide)
    s.line([null, null, null, null, null, null, null, text(`${severityMark[f.severity]} ${t(f.message)}`)]);
  s.skip();

  for (const st of plan.streams) {
    s.line([text(`${t(L.funnelTree)} — ${st.name}`, "section")]);
    s.line([header(t(L.stage)), header(t(L.rate)), header(t(L.required))].map((c) => c));
    for (const sg of st.stages) {
      s.line([
        text(sg.name),
        sg.rate === undefined ? null : formula(N.rate(st.id, sg.id), "percent"),
        formula(N.required(st.id, sg.id), "integer"),
      ]);
    }
    s.skip();
  }
  s.spec.frozenRows = 1;
  return s;
}
