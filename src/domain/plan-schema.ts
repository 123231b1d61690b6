// The plan file, version 1 (BRIEF §3.1), as a zod schema. Shapes only; the rules that span fields
// are in plan-rules.ts so that the JSON Schema generated from this file stays plain.
// zod/mini: the same checks at a fifth of the size in the Apps Script bundle (BRIEF §4 budget).
// Objects are strict: a misspelt field ("roundng") would otherwise be dropped and its setting silently
// lost, so it is reported with its path instead.
import * as z from "zod/mini";

export const ID_PATTERN = /^[a-z][a-z0-9_]{0,30}$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().check(z.regex(ID_PATTERN));
const isoDate = z.string().check(z.regex(ISO_DATE_PATTERN));
const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const rate = z.number().check(z.gt(0), z.lte(1));

export const stageSchema = z.strictObject({
  id,
  name,
  /** Conversion from this stage to the next (0 < rate ≤ 1); every stage but the last has one. */
  rate: z.optional(rate),
  /** The team's own past conversion, when known: lint compares the plan with it. */
  historyRate: z.optional(rate),
  /**
   * How many the team's history counts at this stage (the n behind historyRate): lint then
   * compares the plan with the rate's 90% interval instead of a fixed multiple of it.
   */
  historyCount: z.optional(z.int().check(z.gte(1))),
});

export const streamSchema = z.strictObject({
  id,
  name,
  share: z.number().check(z.gte(0), z.lte(1)),
  dealValue: z.number().check(z.gt(0)),
  stages: z.array(stageSchema).check(z.minLength(2)),
  /**
   * Calendar days from the top stage's activity to the deal (first contact to order). Stage k of n
   * falls due ⌈leadTimeDays × (n−1−k) ÷ (n−1)⌉ days before its deals; left out or 0: no lead time.
   */
  leadTimeDays: z.optional(z.int().check(z.gte(0), z.lte(3660))),
});

export const kpiSourceSchema = z.union([
  z.strictObject({ stream: id, stage: id }),
  z.strictObject({ stream: id, rateFrom: id }),
  z.strictObject({
    manual: z.literal(true),
    target: z.number().check(z.gte(0)),
    unit: z.optional(z.string().check(z.maxLength(40))),
    /**
     * How the log adds up: "sum" = a running total whose target is for the whole period; "average" =
     * a level (a rate, a size, a duration) whose target is compared with the average of the values
     * entered. Left out: "average" when the unit is "%" or the tier is "conversion", else "sum".
     */
    aggregate: z.optional(z.enum(["sum", "average"])),
  }),
]);

export const kpiSchema = z.strictObject({
  id,
  name,
  tier: z.enum(["activity", "conversion", "outcome"]),
  direction: z.enum(["higher", "lower"]),
  frequency: z.enum(["daily", "weekly", "monthly"]),
  source: kpiSourceSchema,
  definition: z.optional(z.string().check(z.maxLength(1000))),
  controllable: z.optional(z.boolean()),
  /** Why a manual KPI matters to the KGI (SMART: relevant). */
  reason: z.optional(z.string().check(z.maxLength(1000))),
  /** Most a rep can do per working day (SMART: achievable), e.g. 60 calls. */
  capacityPerDay: z.optional(z.number().check(z.gt(0))),
});

export const planSchema = z.strictObject({
  /** Where an editor finds the JSON Schema (schema/plan.v1.json); not read. */
  $schema: z.optional(z.string()),
  version: z.literal(1),
  locale: z.enum(["ja", "en"]),
  title: name,
  kgi: z.strictObject({
    name,
    target: z.number().check(z.gt(0)),
    unit: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  }),
  period: z.strictObject({ start: isoDate, end: isoDate, granularity: z.enum(["month", "week"]) }),
  calendar: z.optional(
    z.strictObject({
      workdays: z.optional(z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7))),
      holidays: z.optional(z.array(isoDate)),
    }),
  ),
  kfs: z.array(z.strictObject({ name, note: z.optional(z.string().check(z.maxLength(1000))) })),
  streams: z.array(streamSchema).check(z.minLength(1)),
  kpis: z.array(kpiSchema),
  team: z
    .array(z.strictObject({ name, weight: z.optional(z.number().check(z.gt(0))) }))
    .check(z.minLength(1)),
  seasonality: z.optional(z.array(z.number().check(z.gte(0)))),
  rounding: z.optional(z.enum(["stage", "end"])),
  /** Achievement colours on the dashboard: green at or above `good`, amber at or above `warn`. */
  thresholds: z.optional(
    z.strictObject({ good: z.number().check(z.gt(0)), warn: z.number().check(z.gt(0)) }),
  ),
});

export type Plan = z.infer<typeof planSchema>;
export type Stream = z.infer<typeof streamSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type KpiSource = z.infer<typeof kpiSourceSchema>;
export type Tier = Kpi["tier"];
export type Direction = Kpi["direction"];
