// Where a message about a plan path is shown: the field ("anchor") that edits it, or the nearest
// group around it, and the wizard step that holds that field. The anchors are the plan paths of
// the fields each step renders, so parsePlan and lint paths land next to the input to change.
import type { PlanDraft, StepId } from "./state";

export function knownAnchors(d: PlanDraft): Set<string> {
  const a = new Set<string>([
    "",
    "title",
    "kgi.name",
    "kgi.target",
    "kgi.unit",
    "period",
    "period.granularity",
  ]);
  if (d.period.mode === "fiscal") a.add("period.fy");
  else for (const f of ["period.start", "period.end"]) a.add(f);
  a.add("streams");
  d.streams.forEach((s, i) => {
    const p = `streams[${i}]`;
    for (const f of ["", ".name", ".share", ".dealValue", ".leadTimeDays", ".stages"]) a.add(p + f);
    s.stages.forEach((_, j) => {
      a.add(`${p}.stages[${j}].name`);
      if (j < s.stages.length - 1) a.add(`${p}.stages[${j}].rate`);
    });
  });
  a.add("kfs");
  d.kfs.forEach((_, i) => {
    a.add(`kfs[${i}].name`);
    a.add(`kfs[${i}].note`);
  });
  a.add("kpis");
  d.kpis.forEach((k, i) => {
    const p = `kpis[${i}]`;
    const fields = ["", ".name", ".tier", ".direction", ".frequency", ".source", ".definition", ".reason"];
    for (const f of fields) a.add(p + f);
    if (k.sourceKind === "manual") {
      a.add(`${p}.source.target`);
      a.add(`${p}.source.unit`);
      a.add(`${p}.source.aggregate`);
    } else {
      if (showStreamChoice(d, k.stream)) a.add(`${p}.source.stream`);
      a.add(`${p}.source.stage`);
    }
    a.add(`${p}.capacityPerDay`);
    a.add(`${p}.controllable`);
  });
  for (const f of ["team", "calendar.workdays", "calendar.holidays"]) a.add(f);
  if (d.seasonality) {
    a.add("seasonality");
    d.seasonality.forEach((_, i) => {
      a.add(`seasonality[${i}]`);
    });
  }
  return a;
}

/** A KPI's stream is a choice only when there are several streams (or its stream is gone). */
export function showStreamChoice(d: PlanDraft, streamId: string): boolean {
  return d.streams.length > 1 || d.streams[0]?.id !== streamId;
}

const ALIASES: [RegExp, string][] = [
  [/\.id$/, ".name"],
  [/\.historyRate$/, ".rate"],
  [/\.historyCount$/, ".rate"],
  [/\.source\.rateFrom$/, ".source.stage"],
  [/\.source\.manual$/, ".source"],
  [/^team\b.*$/, "team"],
  [/^calendar\.holidays\[\d+\]$/, "calendar.holidays"],
  [/^(version|locale)$/, ""],
];

function parent(path: string): string {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? (m[1] ?? "") : "";
}

export function anchorOf(path: string, d: PlanDraft, known: Set<string>): string {
  let p = path;
  for (const [re, to] of ALIASES) p = p.replace(re, to);
  if (d.period.mode === "fiscal" && /^period\.(start|end)$/.test(p)) p = "period.fy";
  while (p && !known.has(p)) p = parent(p);
  return p;
}

export function stepOf(anchor: string): StepId {
  // The review cadence sits with the team, though the plan file keeps it in period.
  if (anchor === "period.granularity") return "team";
  const head = /^[a-z]+/i.exec(anchor)?.[0] ?? "";
  switch (head) {
    case "title":
    case "kgi":
    case "period":
      return "kgi";
    case "streams":
      return "process";
    case "kfs":
      return "kfs";
    case "kpis":
      return "kpis";
    case "team":
    case "calendar":
    case "seasonality":
      return "team";
    default:
      return "review";
  }
}

/** The DOM id of the input for an anchor: kgi.name → f-kgi-name, streams[0].stages[1].rate → f-streams-0-stages-1-rate. */
export function fieldId(anchor: string): string {
  return `f-${anchor.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, "") || "plan"}`;
}

export function messageId(anchor: string): string {
  return `${fieldId(anchor)}-msg`;
}
