// One query (events-query.ts), two renderings: DuckDB and BigQuery differ here only in how they quote
// names and text and how they take an event's local date and its ISO week. Everything from the plan
// or the command line reaches the SQL quoted, so a name cannot end a literal or start a statement.
import type { EventColumns, EventsQuery, OutputColumn } from "./events-query";

export type Dialect = "duckdb" | "bigquery";
export const DIALECTS: readonly Dialect[] = ["duckdb", "bigquery"];

interface Rendering {
  name(id: string): string;
  text(s: string): string;
  /** The event's date on the wall clock of `zone`; a time without a zone is already local. */
  localDate(time: string, zone: string): string;
  /** The Monday of the ISO week of a date. */
  weekStart(date: string): string;
}

// DuckDB: "…" and '…' with the quote doubled. A zoneless TIMESTAMP is cast as it is; a TIMESTAMPTZ is
// moved to the zone first (typeof is known when the query is planned, so each column takes one branch).
const duckdb: Rendering = {
  name: (id) => `"${id.replace(/"/g, '""')}"`,
  text: (s) => `'${s.replace(/'/g, "''")}'`,
  localDate: (time, zone) =>
    `CAST(CASE WHEN typeof(${time}) = 'TIMESTAMP WITH TIME ZONE' THEN timezone(${duckdb.text(zone)}, CAST(${time} AS TIMESTAMPTZ)) ELSE CAST(${time} AS TIMESTAMP) END AS DATE)`,
  weekStart: (date) => `CAST(date_trunc('week', ${date}) AS DATE)`,
};

// BigQuery: `…` and '…' with backslash escapes (a raw newline may not stand in a quoted literal).
// event_time is a TIMESTAMP (an instant); DATE(ts, zone) takes its date on that zone's clock.
const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "'": "\\'",
  "`": "\\`",
};
const escapeBackslashed = (s: string, quote: "'" | "`") =>
  s.replace(quote === "'" ? /[\\\n\r\t']/g : /[\\\n\r\t`]/g, (c) => ESCAPES[c] ?? c);
const bigquery: Rendering = {
  name: (id) => `\`${escapeBackslashed(id, "`")}\``,
  text: (s) => `'${escapeBackslashed(s, "'")}'`,
  localDate: (time, zone) => `DATE(${time}, ${bigquery.text(zone)})`,
  weekStart: (date) => `DATE_TRUNC(${date}, ISOWEEK)`,
};

const renderings: Record<Dialect, Rendering> = { duckdb, bigquery };

/** DuckDB's quoting, for the statements that open a file as the query's table. */
export const duckdbQuote = { name: duckdb.name, text: duckdb.text };

// Our own names for the query's steps, the same in both dialects (plain words need no quotes).
const EVENTS = "kpi_designer_events";
const ROWS = "kpi_designer_rows";

/** A file's path DuckDB reads as a table (its name ends as a data file's does). */
export const isFileSource = (source: string): boolean => /\.(parquet|csv|tsv|json)(\.gz)?$/i.test(source);

/** A table name, each dotted part quoted; in DuckDB a file's path (.parquet, .csv) is read as it is. */
function sourceOf(r: Rendering, dialect: Dialect, source: string): string {
  if (dialect === "duckdb" && isFileSource(source)) return r.text(source);
  return source.split(".").map(r.name).join(".");
}

/** The measure of one output column over the bucketed events. */
function measure(r: Rendering, c: OutputColumn): string {
  const metric = r.name("metric");
  const amount = r.name("amount");
  switch (c.measure) {
    case "date":
      return r.name("date");
    case "rep":
      return r.name("rep");
    case "count":
      return `COUNT(CASE WHEN ${metric} = ${r.text(c.key)} THEN 1 END)`;
    case "kgi":
      return `SUM(CASE WHEN ${metric} LIKE 'stage:%' THEN ${amount} END)`;
    case "sum":
      return `SUM(CASE WHEN ${metric} = ${r.text(c.key)} THEN ${amount} END)`;
    case "average":
      return `AVG(CASE WHEN ${metric} = ${r.text(c.key)} THEN ${amount} END)`;
  }
}

/** The events with their local date and the output column each lands in (null: none of the plan's). */
function withMetric(q: EventsQuery, r: Rendering, dialect: Dialect): string[] {
  const col = (field: keyof EventColumns) => r.name(q.columns[field]);
  const stream = col("stream");
  const stage = col("stage");
  const oneOf = (column: string, values: readonly string[]) =>
    values.length === 1
      ? `${column} = ${r.text(values[0] as string)}`
      : `${column} IN (${values.map(r.text).join(", ")})`;
  const when = q.matches.map((m) => {
    const ofStream = m.streams === null ? `(${stream} IS NULL OR ${stream} = '')` : oneOf(stream, m.streams);
    return `      WHEN ${ofStream} AND ${oneOf(stage, m.stages)} THEN ${r.text(m.key)}`;
  });
  return [
    `WITH ${EVENTS} AS (`,
    "  SELECT",
    `    ${r.localDate(col("event_time"), q.timeZone)} AS ${r.name("day")},`,
    `    ${col("rep")} AS ${r.name("rep")},`,
    `    ${stream} AS ${r.name("stream")},`,
    `    ${stage} AS ${r.name("stage")},`,
    "    CASE",
    ...when,
    `    END AS ${r.name("metric")},`,
    `    ${col("amount")} AS ${r.name("amount")}`,
    `  FROM ${sourceOf(r, dialect, q.source)}`,
    ")",
  ];
}

const inPeriod = (q: EventsQuery, r: Rendering) =>
  `${r.name("day")} BETWEEN DATE ${r.text(q.start)} AND DATE ${r.text(q.end)}`;

export function renderQuery(q: EventsQuery, dialect: Dialect): string {
  const r = renderings[dialect];
  const day = r.name("day");
  const start = `DATE ${r.text(q.start)}`;
  const bucket = q.grain === "week" ? r.weekStart(day) : day;
  const [first, ...rest] = withMetric(q, r, dialect);
  return [
    `-- KPI Designer: the Actuals log of the plan from events, one row per rep per ${q.grain === "week" ? "ISO week (dated its Monday, or the period start)" : "day"}`,
    first,
    ...rest.slice(0, -1),
    `), ${ROWS} AS (`,
    `  SELECT GREATEST(${bucket}, ${start}) AS ${r.name("date")}, ${r.name("rep")}, ${r.name("metric")}, ${r.name("amount")}`,
    `  FROM ${EVENTS}`,
    `  WHERE ${r.name("metric")} IS NOT NULL AND ${inPeriod(q, r)}`,
    ")",
    "SELECT",
    q.output.map((c) => `  ${measure(r, c)} AS ${r.name(c.alias)}`).join(",\n"),
    `FROM ${ROWS}`,
    `GROUP BY ${r.name("date")}, ${r.name("rep")}`,
    `ORDER BY ${r.name("date")}, ${r.name("rep")}`,
    "",
  ].join("\n");
}

/** The period's events that land in no column (a stream or stage the plan does not have), by kind. */
export function renderUnmatched(q: EventsQuery, dialect: Dialect): string {
  const r = renderings[dialect];
  const [stream, stage] = [r.name("stream"), r.name("stage")];
  return [
    ...withMetric(q, r, dialect),
    `SELECT ${stream}, ${stage}, COUNT(*) AS ${r.name("events")}`,
    `FROM ${EVENTS}`,
    `WHERE ${r.name("metric")} IS NULL AND ${inPeriod(q, r)}`,
    `GROUP BY ${stream}, ${stage}`,
    `ORDER BY ${r.name("events")} DESC, ${stream}, ${stage}`,
    "",
  ].join("\n");
}
