// The plan file, version 1 (BRIEF §3.1), as a zod schema. Shapes only; the rules that span fields
// are in plan-rules.ts so that the JSON Schema generated from this file stays plain.
import * as z from "zod";

export const ID_PATTERN = /^[a-z][a-z0-9_]{0,30}$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().regex(ID_PATTERN);
const isoDate = z.string().regex(ISO_DATE_PATTERN);
const name = z.string().trim().min(1).max(200);
const rate = z.number().gt(0).lte(1);

export const stageSchema = z.object({
  id,
  name,
  /** Conversion from this stage to the next (0 < rate ≤ 1); every stage but the last has one. */
  rate: rate.optional(),
  /** The team's own past conversion, when known: lint compares the plan with it. */
  historyRate: rate.optional(),
});

export const streamSchema = z.object({
  id,
  name,
  share: z.number().gte(0).lte(1),
  dealValue: z.number().gt(0),
  stages: z.array(stageSchema).min(2),
});

export const kpiSourceSchema = z.union([
  z.object({ stream: id, stage: id }).strict(),
  z.object({ stream: id, rateFrom: id }).strict(),
  z
    .object({ manual: z.literal(true), target: z.number().gte(0), unit: z.string().max(40).optional() })
    .strict(),
]);

export const kpiSchema = z.object({
  id,
  name,
  tier: z.enum(["activity", "conversion", "outcome"]),
  direction: z.enum(["higher", "lower"]),
  frequency: z.enum(["daily", "weekly", "monthly"]),
  source: kpiSourceSchema,
  definition: z.string().max(1000).optional(),
  controllable: z.boolean().optional(),
  /** Why a manual KPI matters to the KGI (SMART: relevant). */
  reason: z.string().max(1000).optional(),
  /** Most a rep can do per working day (SMART: achievable), e.g. 60 calls. */
  capacityPerDay: z.number().gt(0).optional(),
});

export const planSchema = z.object({
  version: z.literal(1),
  locale: z.enum(["ja", "en"]),
  title: name,
  kgi: z.object({ name, target: z.number().gt(0), unit: z.string().trim().min(1).max(20) }),
  period: z.object({ start: isoDate, end: isoDate, granularity: z.enum(["month", "week"]) }),
  calendar: z
    .object({
      workdays: z.array(z.number().int().gte(1).lte(7)).min(1).max(7).optional(),
      holidays: z.array(isoDate).optional(),
    })
    .optional(),
  kfs: z.array(z.object({ name, note: z.string().max(1000).optional() })),
  streams: z.array(streamSchema).min(1),
  kpis: z.array(kpiSchema),
  team: z.array(z.object({ name, weight: z.number().gt(0).optional() })).min(1),
  seasonality: z.array(z.number().gte(0)).optional(),
  rounding: z.enum(["stage", "end"]).optional(),
  /** Achievement colours on the dashboard: green at or above `good`, amber at or above `warn`. */
  thresholds: z.object({ good: z.number().gt(0), warn: z.number().gt(0) }).optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type Stream = z.infer<typeof streamSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type KpiSource = z.infer<typeof kpiSourceSchema>;
export type Tier = Kpi["tier"];
export type Direction = Kpi["direction"];
