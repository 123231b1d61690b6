// A connected source (issue 19) as the workbook keeps it: the sheet, whether it counts with Actuals
// or instead, and the mapping by header text (so a moved column is found again and a renamed one is
// asked about). Stored on the data sheet beside the plan, not in the plan file.
import * as z from "zod/mini";
import type { Plan } from "../domain/plan-schema";
import { dealStream } from "../domain/source/deal-fields";
import { type Mapping, placeMapping } from "../domain/source/header-mapping";
import { phaseMeaningSchema } from "../domain/source/mapping-file";
import type { LogSource } from "./log-refs";

export interface ConnectedSource extends LogSource {
  mapping: Mapping;
}

export const storedSourceSchema = z.strictObject({
  sheet: z.string().check(z.minLength(1)),
  counts: z.enum(["add", "instead"]),
  columns: z.record(z.string(), z.string().check(z.minLength(1))),
  /** "deals": one row per deal (deal-counts.ts); a log-shaped sheet otherwise. */
  kind: z.optional(z.enum(["log", "deals"])),
  /** A deal list's stream (the plan's first when absent) and its phase values' meanings. */
  stream: z.optional(z.string()),
  phases: z.optional(z.record(z.string(), phaseMeaningSchema)),
});

export type StoredSource = z.infer<typeof storedSourceSchema>;

export function storedSource(source: ConnectedSource): StoredSource {
  const base = { sheet: source.sheetName, counts: source.counts, columns: source.mapping };
  if (!source.deals) return base;
  return { ...base, kind: "deals", stream: source.deals.stream.id, phases: source.deals.phases };
}

/** The stored source as it was saved, or null when the data sheet holds none or something else. */
export function readStoredSource(raw: unknown): StoredSource | null {
  const parsed = storedSourceSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type Reconnected =
  | { ok: true; source: ConnectedSource }
  | { ok: false; notFound: { key: string; header: string }[]; twice: { key: string; header: string }[] };

/**
 * The stored source placed on its sheet's header as it is now: found again, or why it must be asked.
 * A deal list whose stream the plan no longer has is asked about as its stream's columns.
 */
export function reconnect(stored: StoredSource, header: readonly string[], plan: Plan): Reconnected {
  const placed = placeMapping(header, stored.columns);
  if (!placed.ok) return placed;
  const source: ConnectedSource = {
    sheetName: stored.sheet,
    counts: stored.counts,
    columns: placed.columns,
    mapping: stored.columns,
  };
  if (stored.kind !== "deals") return { ok: true, source };
  const stream = dealStream(plan, stored.stream);
  if (!stream) {
    const gone = Object.entries(stored.columns).map(([key, h]) => ({ key, header: h }));
    return { ok: false, notFound: gone.filter((m) => m.key.startsWith("date:")), twice: [] };
  }
  return { ok: true, source: { ...source, deals: { stream, phases: stored.phases ?? {} } } };
}
