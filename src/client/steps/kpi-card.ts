// One KPI with its SMART fields: what is counted (specific), the target and unit (measurable),
// the most a rep can do a day (achievable), why it moves the goal (relevant), how often (time-bound).
import { h } from "preact";
import { showStreamChoice } from "../anchors";
import type { Calc } from "../calc";
import { formatNumber } from "../convert";
import type { KpiDraft, SourceKind } from "../state";
import { S } from "../strings";
import { stageGuide } from "../ui/calc-panel";
import { GroupMessages, ItemTools, SelectField, TextArea, TextField } from "../ui/fields";
import { useForm, useT } from "../ui/form";

export function KpiCard(p: { kpi: KpiDraft; index: number; count: number; calc: Calc }) {
  const { state, dispatch, locale } = useForm();
  const t = useT();
  const { kpi, index } = p;
  const base = `kpis[${index}]`;
  const d = state.plan;
  const patch = (change: Partial<KpiDraft>) =>
    dispatch({ type: "kpis", change: { op: "patch", index, patch: change } });
  const stream = d.streams.find((s) => s.id === kpi.stream);
  const stageOptions = (stream?.stages ?? [])
    .filter((_, i, all) => kpi.sourceKind !== "rate" || i < all.length - 1)
    .map((g) => ({ value: g.id, label: g.name || g.id }));
  if (kpi.stage && !stageOptions.some((o) => o.value === kpi.stage)) {
    stageOptions.unshift({ value: kpi.stage, label: t(S.missingOption, { id: kpi.stage }) });
  }
  const setKind = (sourceKind: SourceKind) => {
    const first = d.streams[0];
    const s = stream ?? first;
    patch(
      sourceKind === "manual"
        ? { sourceKind }
        : { sourceKind, stream: s?.id ?? "", stage: kpi.stage || (s?.stages[0]?.id ?? "") },
    );
  };
  const target =
    p.calc.ok && kpi.sourceKind === "stage"
      ? p.calc.stages.find((c) => c.streamId === kpi.stream && c.stageId === kpi.stage)
      : undefined;
  const plannedRate =
    kpi.sourceKind === "rate" ? stream?.stages.find((g) => g.id === kpi.stage)?.rate : undefined;
  const title = kpi.name || t(S.kpiN, { n: index + 1 });

  return h(
    "fieldset",
    { class: "group kpi" },
    h("legend", null, t(S.kpiLegend, { n: index + 1, name: kpi.name || "—" })),
    h(GroupMessages, { anchor: base }),
    h(ItemTools, {
      name: title,
      index,
      count: p.count,
      onMove: (by) => dispatch({ type: "kpis", change: { op: "move", index, by } }),
      onRemove: () => dispatch({ type: "kpis", change: { op: "remove", index } }),
    }),
    h(TextField, {
      anchor: `${base}.name`,
      label: t(S.kpiName),
      value: kpi.name,
      onInput: (name) => patch({ name }),
    }),
    h(SelectField<SourceKind>, {
      anchor: `${base}.source`,
      label: t(S.kpiSource),
      value: kpi.sourceKind,
      options: [
        { value: "stage", label: t(S.sourceStage) },
        { value: "rate", label: t(S.sourceRate) },
        { value: "manual", label: t(S.sourceManual) },
      ],
      onChange: setKind,
    }),
    kpi.sourceKind !== "manual" && showStreamChoice(d, kpi.stream)
      ? h(SelectField, {
          anchor: `${base}.source.stream`,
          label: t(S.kpiStream),
          value: kpi.stream,
          options: d.streams.map((s) => ({ value: s.id, label: s.name || s.id })),
          onChange: (v) =>
            patch({ stream: v, stage: d.streams.find((s) => s.id === v)?.stages[0]?.id ?? "" }),
        })
      : null,
    kpi.sourceKind !== "manual"
      ? h(SelectField, {
          anchor: `${base}.source.stage`,
          label: t(kpi.sourceKind === "rate" ? S.kpiRateFrom : S.kpiStage),
          value: kpi.stage,
          options: stageOptions,
          onChange: (stage) => patch({ stage }),
        })
      : h(
          "div",
          { class: "row" },
          h(TextField, {
            anchor: `${base}.source.target`,
            label: t(S.kpiTarget),
            value: kpi.target,
            inputMode: "decimal",
            onInput: (v) => patch({ target: v }),
          }),
          h(TextField, {
            anchor: `${base}.source.unit`,
            label: t(S.kpiUnit),
            value: kpi.unit,
            placeholder: t(S.kpiUnitExample),
            onInput: (unit) => patch({ unit }),
          }),
        ),
    kpi.sourceKind === "manual"
      ? h(SelectField<NonNullable<KpiDraft["aggregate"]>>, {
          anchor: `${base}.source.aggregate`,
          label: t(S.kpiAggregate),
          value: kpi.aggregate ?? "",
          options: (["", "sum", "average"] as const).map((v) => ({ value: v, label: t(S.aggregates[v]) })),
          onChange: (aggregate) => patch({ aggregate }),
        })
      : null,
    target
      ? h(
          "p",
          { class: "derived" },
          t(p.calc.ok && p.calc.teamMissing ? S.kpiDerivedNoTeam : S.kpiDerived, {
            n: formatNumber(target.required, locale),
            guide: stageGuide(target, p.calc.ok && p.calc.teamMissing)[locale],
          }),
        )
      : null,
    plannedRate ? h("p", { class: "derived" }, t(S.kpiPlannedRate, { rate: plannedRate })) : null,
    h(
      "div",
      { class: "row" },
      h(SelectField<KpiDraft["tier"]>, {
        anchor: `${base}.tier`,
        label: t(S.kpiTier),
        value: kpi.tier,
        options: (["activity", "conversion", "outcome"] as const).map((v) => ({
          value: v,
          label: t(S.tiers[v]),
        })),
        onChange: (tier) => patch({ tier }),
      }),
      h(SelectField<KpiDraft["frequency"]>, {
        anchor: `${base}.frequency`,
        label: t(S.kpiFrequency),
        value: kpi.frequency,
        options: (["daily", "weekly", "monthly"] as const).map((v) => ({
          value: v,
          label: t(S.frequencies[v]),
        })),
        onChange: (frequency) => patch({ frequency }),
      }),
    ),
    h(SelectField<KpiDraft["direction"]>, {
      anchor: `${base}.direction`,
      label: t(S.kpiDirection),
      value: kpi.direction,
      options: (["higher", "lower"] as const).map((v) => ({ value: v, label: t(S.directions[v]) })),
      onChange: (direction) => patch({ direction }),
    }),
    h(TextArea, {
      anchor: `${base}.definition`,
      label: t(S.kpiDefinition),
      value: kpi.definition,
      placeholder: t(S.kpiDefinitionExample),
      onInput: (definition) => patch({ definition }),
    }),
    h(TextArea, {
      anchor: `${base}.reason`,
      label: t(S.kpiReason),
      value: kpi.reason,
      placeholder: t(S.kpiReasonExample),
      onInput: (reason) => patch({ reason }),
    }),
    h(
      "div",
      { class: "row" },
      h(TextField, {
        anchor: `${base}.capacityPerDay`,
        label: t(S.kpiCapacity),
        value: kpi.capacity,
        inputMode: "decimal",
        onInput: (capacity) => patch({ capacity }),
      }),
      h(SelectField<KpiDraft["controllable"]>, {
        anchor: `${base}.controllable`,
        label: t(S.kpiControllable),
        value: kpi.controllable,
        options: [
          { value: "", label: t(S.unset) },
          { value: "yes", label: t(S.yes) },
          { value: "no", label: t(S.no) },
        ],
        onChange: (controllable) => patch({ controllable }),
      }),
    ),
  );
}
