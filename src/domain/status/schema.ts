// The JSON of `kpi-designer status --json` (BRIEF §3.8), a public contract: schema/status.v1.json is
// generated from this, and tests check the command's output against it. Numbers are unrounded;
// null where a measure does not apply yet (nothing elapsed, nothing entered, a zero divisor).
import * as z from "zod/mini";

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const measure = z.nullable(z.number());
const progress = {
  target: z.number(),
  targetToDate: measure,
  actual: measure,
  achievement: measure,
  pace: measure,
};

export const statusSchema = z.strictObject({
  asOf: isoDate,
  kgi: z.strictObject({ ...progress, forecast: measure, hitProbability: measure }),
  kpis: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      ...progress,
      status: z.nullable(z.enum(["on_track", "watch", "behind"])),
    }),
  ),
  reps: z.array(
    z.strictObject({
      name: z.string(),
      kgi: z.strictObject({ ...progress, hitProbability: measure }),
      kpis: z.array(z.strictObject({ id: z.string(), ...progress })),
    }),
  ),
  periods: z.array(
    z.strictObject({
      start: isoDate,
      end: isoDate,
      kgi: z.strictObject({ target: z.number(), actual: z.number() }),
      stages: z.array(
        z.strictObject({ stream: z.string(), stage: z.string(), target: z.number(), actual: z.number() }),
      ),
    }),
  ),
  funnel: z.array(
    z.strictObject({
      stream: z.string(),
      stage: z.string(),
      required: z.number(),
      actual: z.number(),
      plannedRate: measure,
      actualRate: measure,
      ratio: measure,
      /** A stream with lead time: calendar days this stage falls due ahead of its deals. */
      leadDays: z.optional(z.number()),
      /** A stream with lead time: what must be in the pipeline before the plan starts. */
      pipelineAtStart: z.optional(z.number()),
    }),
  ),
  bottleneck: z.nullable(
    z.strictObject({
      stream: z.string(),
      stage: z.string(),
      ratio: z.number(),
      atStake: z.strictObject({ deals: z.number(), kgi: z.number() }),
      actions: z.array(z.strictObject({ en: z.string(), ja: z.string() })),
    }),
  ),
  calibration: z.array(
    z.strictObject({
      stream: z.string(),
      stage: z.string(),
      rate: measure,
      low: measure,
      high: measure,
      n: z.number(),
    }),
  ),
  levers: z.array(
    z.strictObject({
      stream: z.string(),
      stage: z.nullable(z.string()),
      kind: z.enum(["rate", "dealValue"]),
      change: z.number(),
      activity: z.number(),
      kgi: z.number(),
    }),
  ),
  unreadable: z.array(
    z.strictObject({
      cell: z.string(),
      value: z.union([z.string(), z.number(), z.boolean()]),
      why: z.enum([
        "date_text",
        "date_outside",
        "no_date",
        "rep_unknown",
        "not_number",
        "negative",
        "percent_above_1",
      ]),
    }),
  ),
});
