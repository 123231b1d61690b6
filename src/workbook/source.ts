// A connected source (issue 19) as the workbook keeps it: the sheet, whether it counts with Actuals
// or instead, and the mapping by header text (so a moved column is found again and a renamed one is
// asked about). Stored on the data sheet beside the plan, not in the plan file.
import * as z from "zod/mini";
import { type Mapping, placeMapping } from "../domain/source/header-mapping";
import type { LogSource } from "./log-refs";

export interface ConnectedSource extends LogSource {
  mapping: Mapping;
}

export const storedSourceSchema = z.strictObject({
  sheet: z.string().check(z.minLength(1)),
  counts: z.enum(["add", "instead"]),
  columns: z.record(z.string(), z.string().check(z.minLength(1))),
});

export type StoredSource = z.infer<typeof storedSourceSchema>;

export function storedSource(source: ConnectedSource): StoredSource {
  return { sheet: source.sheetName, counts: source.counts, columns: source.mapping };
}

/** The stored source as it was saved, or null when the data sheet holds none or something else. */
export function readStoredSource(raw: unknown): StoredSource | null {
  const parsed = storedSourceSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type Reconnected =
  | { ok: true; source: ConnectedSource }
  | { ok: false; notFound: { key: string; header: string }[]; twice: { key: string; header: string }[] };

/** The stored source placed on its sheet's header as it is now: found again, or why it must be asked. */
export function reconnect(stored: StoredSource, header: readonly string[]): Reconnected {
  const placed = placeMapping(header, stored.columns);
  if (!placed.ok) return placed;
  return {
    ok: true,
    source: {
      sheetName: stored.sheet,
      counts: stored.counts,
      columns: placed.columns,
      mapping: stored.columns,
    },
  };
}
