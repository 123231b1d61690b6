// Every method call on every fake Apps Script object lands here ("Range.setValues",
// "Sheet.getRange", "SpreadsheetApp.getActive"), so tests and `npm run bench` can count them.
import { roundTrips } from "./call-kinds";

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

const classOf = (name: string) => name.slice(0, name.indexOf("."));

export class CallLog {
  readonly entries: CallEntry[] = [];
  /** Spreadsheet service calls left before the injected fault; null: none armed. */
  private fuse: number | null = null;
  private dead = false;

  /**
   * Records a call. Returns false when the run has died at an injected fault: the call must throw
   * without taking effect.
   */
  record(name: string, execution = 1): boolean {
    if (this.fuse !== null && SPREADSHEET_SERVICE_CLASSES.has(classOf(name)) && --this.fuse <= 0)
      this.dead = true;
    if (this.dead) return false;
    this.entries.push({ name, execution });
    return true;
  }

  /**
   * Makes the run die at the n-th Spreadsheet service call from now (1-based): that call and every
   * call after it throws before taking effect, as when a script fails there or Apps Script stops it
   * at its 6-minute limit (nothing it catches lets it go on).
   */
  failAt(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failAt: a call number from 1 (got ${n})`);
    this.fuse = n;
    this.dead = false;
  }

  /** Ends an injected fault: calls work again (the next execution). */
  heal(): void {
    this.fuse = null;
    this.dead = false;
  }

  /** Whether an injected fault has stopped the run. */
  get failed(): boolean {
    return this.dead;
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
    return this.count((e) => SPREADSHEET_SERVICE_CLASSES.has(classOf(e.name)));
  }

  /**
   * Round trips to Google's servers the Spreadsheet service calls so far would take (call-kinds.ts):
   * the first call, and each read that follows a write.
   */
  spreadsheetRoundTrips(): number {
    return roundTrips(
      this.entries.filter((e) => SPREADSHEET_SERVICE_CLASSES.has(classOf(e.name))).map((e) => e.name),
    );
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
