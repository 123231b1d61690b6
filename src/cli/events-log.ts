// `status PLAN.json --events FILE.parquet|FILE.csv`: the warehouse path on a laptop (issue 20). The
// query `kpi-designer sql --dialect duckdb` prints runs in embedded DuckDB over the file, and its rows
// are read as the Actuals log is, so the report is the one the workbook would show for those rows.
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { logColumns } from "../domain/status/log-columns";
import type { LogSheet, LogValue } from "../domain/status/log-entries";
import { duckdbQuote, renderQuery, renderUnmatched } from "../warehouse/dialects";
import {
  DEFAULT_EVENT_COLUMNS,
  EVENT_FIELDS,
  eventsQuery,
  type QueryOptions,
} from "../warehouse/events-query";
import { fileProblem } from "./plan-file";

export type EventsLog = { ok: true; log: LogSheet; said: string[] } | { ok: false; why: Text };

const VIEW = "kpi_designer_source";
const { text: literal, name: ident } = duckdbQuote;

type Opened = { ok: true; warnings: string[] } | { ok: false; why: Text };

/** The file as a view with the columns' types the query needs; why not, when it cannot be. */
async function openEvents(
  db: DuckDBConnection,
  path: string,
  columns: QueryOptions["columns"],
): Promise<Opened> {
  const kind = extname(path.replace(/\.gz$/i, "")).toLowerCase();
  const csv = (types: string) => `read_csv(${literal(path)}, header = true${types})`;
  const names = { ...DEFAULT_EVENT_COLUMNS, ...columns };
  const sniffed = kind === ".parquet" ? `read_parquet(${literal(path)})` : csv("");
  const described = await db.runAndReadAll(`DESCRIBE SELECT * FROM ${sniffed}`);
  // DuckDB finds a column whatever its letter case: so does this check.
  const inFile = described
    .getRowObjectsJS()
    .map((r) => [String(r.column_name), String(r.column_type)] as const);
  const found = new Map(inFile.map(([name, type]) => [name.toLowerCase(), { name, type }]));
  const missing = EVENT_FIELDS.filter((f) => !found.has(names[f].toLowerCase()));
  if (missing.length > 0) {
    const list = missing.map((f) => (names[f] === f ? f : `${f} (${names[f]})`)).join(", ");
    const has = inFile.map(([name]) => name).join(", ");
    return {
      ok: false,
      why: {
        en: `${path} has no column ${list} (its columns: ${has}); name other columns with --columns ${missing[0]}=NAME`,
        ja: `${path} に列 ${list} がありません（列: ${has}）。別の名前の列は --columns ${missing[0]}=列名 で指定してください`,
      },
    };
  }
  const column = (f: (typeof EVENT_FIELDS)[number]) =>
    found.get(names[f].toLowerCase()) as { name: string; type: string };
  const time = column("event_time");
  if (!/^(TIMESTAMP|DATE)/.test(time.type)) {
    return {
      ok: false,
      why: {
        en: `${path}: the column ${time.name} does not read as timestamps (read as ${time.type}): write them as 2027-01-05 09:15:00, with an offset (+09:00) for instants`,
        ja: `${path} の列 ${time.name} が日時として読めません（${time.type}）。2027-01-05 09:15:00 の形式で、時差つきの場合は +09:00 のように書いてください`,
      },
    };
  }
  // A CSV's text columns and its amounts are read as text, whatever its first rows made DuckDB guess:
  // an amount is a number once thousands separators are dropped, and one that is not is told.
  const asText = (["rep", "stream", "stage", "amount"] as const).map(
    (f) => `${literal(column(f).name)}: 'VARCHAR'`,
  );
  const reader = kind === ".parquet" ? sniffed : csv(`, types = {${asText.join(", ")}}`);
  const amount = `replace(CAST(${ident(column("amount").name)} AS VARCHAR), ',', '')`;
  const typed = EVENT_FIELDS.map((f) => {
    const name = ident(column(f).name);
    if (f === "event_time") return name;
    return f === "amount"
      ? `TRY_CAST(${amount} AS DOUBLE) AS ${name}`
      : `CAST(${name} AS VARCHAR) AS ${name}`;
  });
  await db.run(`CREATE VIEW ${VIEW} AS SELECT ${typed.join(", ")} FROM ${reader}`);
  const bad = (
    await db.runAndReadAll(
      `SELECT COUNT(*), MIN(${amount}) FROM ${reader} WHERE trim(${amount}) <> '' AND TRY_CAST(${amount} AS DOUBLE) IS NULL`,
    )
  ).getRowsJS()[0];
  const count = Number(bad?.[0] ?? 0);
  const warnings =
    count === 0
      ? []
      : [
          `Warning: ${count} events have an amount that is not a number (such as "${String(bad?.[1])}"): counted, without their amount\n` +
            `警告: ${count} 件のイベントの金額が数値ではありません（例: "${String(bad?.[1])}"）。件数には数え、金額は加えません`,
        ];
  return { ok: true, warnings };
}

function logValue(v: unknown): LogValue {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "bigint") return { kind: "number", value: Number(v) };
  if (typeof v === "number") return { kind: "number", value: v };
  if (v instanceof Date) return { kind: "date", date: v.toISOString().slice(0, 10) };
  const text = String(v);
  return text === "" ? { kind: "blank" } : { kind: "text", text };
}

export async function eventsLog(path: string, plan: Plan, options: QueryOptions): Promise<EventsLog> {
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(path), { code: "EISDIR" });
  } catch (e) {
    const why = fileProblem(e);
    return {
      ok: false,
      why: { en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` },
    };
  }
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    const opened = await openEvents(db, path, options.columns);
    if (!opened.ok) return opened;
    const query = eventsQuery(plan, { ...options, source: VIEW, columns: options.columns });
    const result = await db.runAndReadAll(renderQuery(query, "duckdb"));
    const rows = result.getRowsJS().map((row) => row.map(logValue));
    const keys = query.output.map((c) => c.key);
    const said = [
      `Read ${path} in DuckDB: ${rows.length} rows of the log (one per rep per ${query.grain}, ${query.timeZone})` +
        ` / ${path} を DuckDB で集計: 実績 ${rows.length} 行（担当者×${query.grain === "week" ? "週" : "日"}、${query.timeZone}）`,
    ];
    said.push(...opened.warnings);
    const unmatched = (await db.runAndReadAll(renderUnmatched(query, "duckdb"))).getRowsJS();
    if (unmatched.length > 0) {
      const total = unmatched.reduce((n, r) => n + Number(r[2]), 0);
      const kinds = unmatched
        .slice(0, 5)
        .map((r) => `${r[0] ?? ""}/${r[1] ?? ""} (${Number(r[2])})`)
        .join(", ");
      const more = unmatched.length > 5 ? ", …" : "";
      said.push(
        `Warning: ${total} events in the period match no stage or manual KPI of the plan, not counted: ${kinds}${more}\n` +
          `警告: 期間内の ${total} 件のイベントは計画のどの段階・手入力KPIにも当たらないため集計しません: ${kinds}${more}`,
      );
    }
    return { ok: true, log: { name: path, columns: logColumns(keys, plan), rows }, said };
  } catch (e) {
    const message = e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e);
    return {
      ok: false,
      why: {
        en: `cannot read ${path} in DuckDB: ${message}`,
        ja: `${path} を DuckDB で読み込めません: ${message}`,
      },
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
