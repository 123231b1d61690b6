// The options of the warehouse path (`sql`, `status --events`): the grain, the time zone the events'
// dates are taken in, and the event table's own column names. Each is checked here, with a message that
// says what is allowed; the query itself quotes whatever passes.
import type { Plan } from "../domain/plan";
import {
  defaultTimeZone,
  EVENT_FIELDS,
  type EventColumns,
  type EventField,
  type Grain,
  type QueryOptions,
} from "../warehouse/events-query";
import { fail } from "./io";

export interface EventFlags {
  grain?: string;
  timeZone?: string;
  columns?: string;
}

/** The IANA name of a zone as Intl spells it, or null when no engine would know it. */
export function timeZoneName(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** `event_time=created_at,rep=owner`: the event table's names for the fields it names differently. */
export function parseColumns(text: string): Partial<EventColumns> | string {
  const columns: Partial<EventColumns> = {};
  for (const part of text.split(",")) {
    const at = part.indexOf("=");
    const field = (at < 0 ? part : part.slice(0, at)).trim();
    const name = at < 0 ? "" : part.slice(at + 1).trim();
    if (!(EVENT_FIELDS as readonly string[]).includes(field))
      return `"${field}" is not a field of the event table (fields: ${EVENT_FIELDS.join(", ")})`;
    if (name === "") return `give the column's name after "${field}=" (e.g. ${field}=my_column)`;
    if (columns[field as EventField] !== undefined) return `"${field}" is given twice`;
    columns[field as EventField] = name;
  }
  return columns;
}

/** The query's options from the flags; null after saying what is wrong. */
export function eventOptions(plan: Plan, source: string, flags: EventFlags): QueryOptions | null {
  const grain = flags.grain ?? "day";
  if (grain !== "day" && grain !== "week") {
    fail({
      en: `--grain must be day or week (got ${grain})`,
      ja: `--grain には day か week を指定してください（${grain}）`,
    });
    return null;
  }
  const zone = timeZoneName(flags.timeZone ?? defaultTimeZone(plan));
  if (zone === null) {
    fail({
      en: `--time-zone must be an IANA time zone such as Asia/Tokyo or UTC (got ${flags.timeZone})`,
      ja: `--time-zone には Asia/Tokyo や UTC のようなタイムゾーン名を指定してください（${flags.timeZone}）`,
    });
    return null;
  }
  let columns: Partial<EventColumns> = {};
  if (flags.columns !== undefined) {
    const parsed = parseColumns(flags.columns);
    if (typeof parsed === "string") {
      fail({
        en: `--columns: ${parsed}`,
        ja: `--columns の指定が正しくありません: ${parsed}（例: event_time=created_at,rep=owner）`,
      });
      return null;
    }
    columns = parsed;
  }
  return { source, grain: grain as Grain, timeZone: zone, columns };
}
