// Step 4: the sales process. Streams (e.g. new business and existing customers) and their stages,
// conversion rates in percent, deal value and share; the reverse calculation updates as you type.
import { h } from "preact";
import { useState } from "preact/hooks";
import { type ListOp, newStage, newStream } from "../reducer";
import type { StageDraft, StreamDraft } from "../state";
import { S } from "../strings";
import { SLT } from "../strings-lead";
import { CalcHeadline, CalcPanel } from "../ui/calc-panel";
import { GroupMessages, ItemTools, TextField } from "../ui/fields";
import { fieldId, useForm, useT } from "../ui/form";
import { historyHelp, TeamRates, type TeamRatesRun } from "./team-rates";

function StreamEditor(p: { stream: StreamDraft; index: number; count: number; run: TeamRatesRun }) {
  const { state, dispatch } = useForm();
  const t = useT();
  const { stream, index: si } = p;
  const base = `streams[${si}]`;
  const streamName = stream.name || t(S.streamN, { n: si + 1 });
  const stages = stream.stages;
  const patchStream = (patch: Partial<StreamDraft>) =>
    dispatch({ type: "streams", change: { op: "patch", index: si, patch } });
  const stageOp = (change: ListOp<StageDraft>) => dispatch({ type: "stages", stream: si, change });

  return h(
    "fieldset",
    { class: "group stream" },
    h("legend", null, t(S.streamLegend, { n: si + 1, name: stream.name || "—" })),
    h(GroupMessages, { anchor: base }),
    p.count > 1
      ? h(ItemTools, {
          name: streamName,
          index: si,
          count: p.count,
          onMove: (by) => dispatch({ type: "streams", change: { op: "move", index: si, by } }),
          onRemove: () => dispatch({ type: "streams", change: { op: "remove", index: si } }),
        })
      : null,
    h(TextField, {
      anchor: `${base}.name`,
      label: t(S.streamName),
      value: stream.name,
      placeholder: t(S.streamNameExample),
      onInput: (name) => patchStream({ name }),
    }),
    h(
      "div",
      { class: "row" },
      h(TextField, {
        anchor: `${base}.dealValue`,
        label: t(S.dealValue, { unit: state.plan.kgi.unit }),
        value: stream.dealValue,
        inputMode: "decimal",
        onInput: (dealValue) => patchStream({ dealValue }),
      }),
      h(TextField, {
        anchor: `${base}.share`,
        label: t(S.share),
        value: stream.share,
        inputMode: "decimal",
        suffix: "%",
        onInput: (share) => patchStream({ share }),
      }),
    ),
    h(TextField, {
      anchor: `${base}.leadTimeDays`,
      label: t(SLT.leadTime),
      help: t(SLT.leadTimeHelp),
      value: stream.leadTimeDays ?? "",
      inputMode: "numeric",
      placeholder: "60",
      onInput: (leadTimeDays) => patchStream({ leadTimeDays }),
    }),
    h("h3", { id: `${fieldId(`${base}.stages`)}-title` }, t(S.stages)),
    h("p", { class: "help" }, t(S.stagesHelp)),
    h(GroupMessages, { anchor: `${base}.stages` }),
    h(
      "ol",
      { class: "stages", "aria-labelledby": `${fieldId(`${base}.stages`)}-title` },
      stages.map((stage, gi) => {
        const last = gi === stages.length - 1;
        const name = stage.name || t(S.stageN, { n: gi + 1 });
        const next = stages[gi + 1];
        const history = historyHelp(stage, stream.id, p.run);
        return h(
          "li",
          { key: stage.id, class: "stage" },
          h(TextField, {
            anchor: `${base}.stages[${gi}].name`,
            label: t(S.stageName, { n: gi + 1 }),
            value: stage.name,
            onInput: (v) => stageOp({ op: "patch", index: gi, patch: { name: v } }),
          }),
          last
            ? h("p", { class: "help" }, t(S.lastStage))
            : h(TextField, {
                anchor: `${base}.stages[${gi}].rate`,
                label: t(S.stageRate, { from: name, to: next?.name || t(S.stageN, { n: gi + 2 }) }),
                help: history && t(history.text, history.values),
                value: stage.rate,
                inputMode: "decimal",
                suffix: "%",
                placeholder: "25",
                onInput: (rate) => stageOp({ op: "patch", index: gi, patch: { rate } }),
              }),
          h(ItemTools, {
            name,
            index: gi,
            count: stages.length,
            canRemove: stages.length > 2,
            onMove: (by) => stageOp({ op: "move", index: gi, by }),
            onRemove: () => stageOp({ op: "remove", index: gi }),
          }),
        );
      }),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onClick: () => stageOp({ op: "add", item: newStage(stream), at: Math.max(stages.length - 1, 0) }),
      },
      t(S.addStage),
    ),
    h(CalcPanel, { streamId: stream.id }),
  );
}

export function ProcessStep() {
  const { state, dispatch } = useForm();
  const t = useT();
  const streams = state.plan.streams;
  const [run, setRun] = useState<TeamRatesRun>({ status: "idle" });
  return h(
    "div",
    null,
    h(GroupMessages, { anchor: "streams" }),
    h(TeamRates, { run, setRun }),
    streams.map((stream, i) =>
      h(StreamEditor, { key: stream.id, stream, index: i, count: streams.length, run }),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onClick: () => dispatch({ type: "streams", change: { op: "add", item: newStream(state.plan) } }),
      },
      t(S.addStream),
    ),
    h("p", { class: "help" }, t(S.addStreamHelp)),
    h(CalcHeadline, null),
  );
}
