// Every method call on every fake Apps Script object lands here ("Range.setValues",
// "Sheet.getRange", "SpreadsheetApp.getActive"), so tests and `npm run bench` can count them.

export interface CallEntry {
  /** "Class.method", e.g. "Range.setValues". */
  name: string;
  /** Which execution (see newExecution) made the call; the first one is 1. */
  execution: number;
}

/** "Range.setValues" (exact), "Range." or "Range.*" (prefix), a RegExp, or a predicate. */
export type CallFilter = string | RegExp | ((entry: CallEntry) => boolean);

/** The classes of the Spreadsheet service: what `calls` in the benchmark counts. */
export const SPREADSHEET_SERVICE_CLASSES: ReadonlySet<string> = new Set([
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "NamedRange",
  "DataValidationBuilder",
  "DataValidation",
  "ConditionalFormatRuleBuilder",
  "ConditionalFormatRule",
  "BooleanCondition",
  "EmbeddedChartBuilder",
  "EmbeddedChart",
  "ContainerInfo",
  "ChartOptions",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataLocation",
]);

function matcher(filter: CallFilter | undefined): (e: CallEntry) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter === "function") return filter;
  if (filter instanceof RegExp) return (e) => filter.test(e.name);
  if (filter.endsWith("*")) {
    const prefix = filter.slice(0, -1);
    return (e) => e.name.startsWith(prefix);
  }
  if (filter.endsWith(".")) return (e) => e.name.startsWith(filter);
  return (e) => e.name === filter;
}

export class CallLog {
  readonly entries: CallEntry[] = [];

  record(name: string, execution = 1): void {
    this.entries.push({ name, execution });
  }

  /** The names of all calls so far, in order. */
  get calls(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** How many calls match: no filter = all; "Range.setValues" exact; "Range." / "Range.*" prefix. */
  count(filter?: CallFilter): number {
    const m = matcher(filter);
    let n = 0;
    for (const e of this.entries) if (m(e)) n++;
    return n;
  }

  /** Calls on SpreadsheetApp and the objects it hands out (Spreadsheet, Sheet, Range, builders...). */
  spreadsheetCalls(): number {
    return this.count((e) => SPREADSHEET_SERVICE_CLASSES.has(e.name.slice(0, e.name.indexOf("."))));
  }

  /** Counts per call name, e.g. { "Range.setValues": 3 }. */
  byName(filter?: CallFilter): Record<string, number> {
    const m = matcher(filter);
    const out: Record<string, number> = {};
    for (const e of this.entries) if (m(e)) out[e.name] = (out[e.name] ?? 0) + 1;
    return out;
  }

  /** The entries recorded after a mark: `const m = log.mark(); ...; log.since(m)`. */
  mark(): number {
    return this.entries.length;
  }
  since(mark: number): CallEntry[] {
    return this.entries.slice(mark);
  }

  reset(): void {
    this.entries.length = 0;
  }
}
