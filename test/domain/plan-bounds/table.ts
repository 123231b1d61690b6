// The shape of the plan-field boundary tables: one row per case, each naming the schema field it is
// about (as a path with [] for list items), the plan it feeds parsePlan and what parsePlan must say —
// "accepted", or every issue as [path, English message], in order. Expected messages are written out
// in the rows, from BRIEF §3.1 and the README's wording, never computed by the code under test.
import { samplePlan } from "../../fixtures/plans";

export type Want = "accepted" | [path: string, en: string][];

export interface Row {
  /** The schema field, e.g. `streams[].stages[].rate`; "" for the whole file. */
  field: string;
  label: string;
  input: () => unknown;
  want: Want;
}

/** The sample plan with an edit applied (the edit's return value is ignored). */
function edited(edit: (p: any) => unknown): () => unknown {
  return () => {
    const plan = structuredClone(samplePlan()) as any;
    edit(plan);
    return plan;
  };
}

export const ok = (field: string, label: string, edit: (p: any) => unknown): Row => ({
  field,
  label,
  input: edited(edit),
  want: "accepted",
});

export const no = (
  field: string,
  label: string,
  edit: (p: any) => unknown,
  ...issues: [string, string][]
): Row => ({ field, label, input: edited(edit), want: issues });

/** A whole input in place of the plan. */
export const whole = (label: string, value: unknown, ...issues: [string, string][]): Row => ({
  field: "",
  label,
  input: () => value,
  want: issues,
});

export const chars = (n: number, ch = "a") => ch.repeat(n);

/** A second stream beside the sample's, and the shares of both. */
export function twoStreams(p: any, shares: [number, number], id = "referral"): void {
  p.streams[0].share = shares[0];
  p.streams.push({
    id,
    name: "Referral",
    share: shares[1],
    dealValue: 1_000_000,
    stages: [
      { id: "leads", name: "Leads", rate: 0.5 },
      { id: "deals", name: "Deals" },
    ],
  });
}

/** kpis[2] made a manual KPI, with the source fields given. */
export function manualKpi(p: any, source: Record<string, unknown> = {}): void {
  p.kpis[2] = {
    id: "nps",
    name: "Customer NPS",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 40, ...source },
  };
}

// Messages the schema gives for any field of a type (plan-issues.ts's wording, written out here).
export const REQUIRED = {
  text: "is required (text)",
  number: "is required (a number)",
  list: "is required (a list)",
  object: "is required (an object)",
} as const;
export const MUST_BE = {
  text: "must be text",
  number: "must be a number",
  whole: "must be a whole number",
  list: "must be a list",
  object: "must be an object",
  boolean: "must be true or false",
} as const;
export const EMPTY = "must not be empty";
/** A funnel whose top stage needs more whole units than a spreadsheet counts (15 digits). */
export const tooMany = (stage = "Calls", stream = "new_biz") =>
  `needs more than 10^15 "${stage}" in stream "${stream}": more than a spreadsheet counts in whole numbers. Check the target, the deal value and the rates`;
export const unknownField = (...names: string[]) =>
  `has unknown field(s): ${names.join(", ")} — fix or remove them; nothing unknown is read`;
export const notId = (got: string) =>
  `must be an id: a lowercase letter, then up to 30 lowercase letters, digits or _ (got ${JSON.stringify(got)})`;
export const notRate = (got: number) => `must be a fraction greater than 0 and at most 1 (got ${got})`;
export const notDate = (got: string) => `must be a date written YYYY-MM-DD (got ${JSON.stringify(got)})`;
export const unreal = (date: string) => `${date} is not a real calendar date`;
export const oneOf = (values: string[], got: unknown) =>
  `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")} (got ${JSON.stringify(got)})`;
