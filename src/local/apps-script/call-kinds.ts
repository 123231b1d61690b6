// Which Spreadsheet service calls read from Google's servers and which write (issue 21). Apps Script
// queues writes and sends them together; a read after a write must first send the queue and wait for
// the answer — a round trip. Reference-building calls (a Range from its sheet, a builder) touch no
// server. Where Google does not document a call, it is taken as a read (the stricter guess: more
// round trips counted, never fewer).

export type CallKind = "read" | "write" | "local";

/** Classes whose every method is built in the script (builders, their options). */
const LOCAL_CLASSES: ReadonlySet<string> = new Set([
  "DataValidationBuilder",
  "ConditionalFormatRuleBuilder",
  "EmbeddedChartBuilder",
  "ChartOptions",
]);

/** Calls that make a reference or a builder without asking the server. */
const LOCAL_CALLS: ReadonlySet<string> = new Set([
  "Sheet.getRange",
  "Sheet.getRangeList",
  "Range.getCell",
  "Range.offset",
  "Range.getSheet",
  "SpreadsheetApp.newDataValidation",
  "SpreadsheetApp.newConditionalFormatRule",
  "SpreadsheetApp.newTextStyle",
  "SpreadsheetApp.newRichTextValue",
  "Sheet.newChart",
  "EmbeddedChart.modify",
]);

/** How the names of methods that change the document begin (setValues, insertSheet, removeChart…). */
const WRITE_VERBS =
  /^(set|insert|delete|clear|add|remove|hide|show|activate|copy|move|protect|unprotect|append|sort|merge|break|auto|trim|uncheck|check|collapse|expand|shift|update|create|duplicate|rename)/;

export function callKind(name: string): CallKind {
  const dot = name.indexOf(".");
  const cls = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (LOCAL_CLASSES.has(cls) || LOCAL_CALLS.has(name)) return "local";
  // flush() sends the queue and waits: a round trip, as a read is.
  if (method === "flush") return "read";
  return WRITE_VERBS.test(method) ? "write" : "read";
}

/**
 * Round trips of a run of calls: one for the first call to reach the server, plus one for each read
 * that follows a write (the queued writes go first and the read waits for them).
 */
export function roundTrips(names: readonly string[]): number {
  let trips = 0;
  let pendingWrite = false;
  let any = false;
  for (const name of names) {
    const kind = callKind(name);
    if (kind === "local") continue;
    if (!any) {
      any = true;
      trips = 1;
    }
    if (kind === "write") pendingWrite = true;
    else if (pendingWrite) {
      trips++;
      pendingWrite = false;
    }
  }
  return trips;
}
