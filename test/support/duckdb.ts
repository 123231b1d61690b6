// DuckDB for the warehouse path's tests: run SQL in a fresh in-memory database and read its rows as
// plain values (dates as YYYY-MM-DD, whole counts as numbers).
import { DuckDBInstance } from "@duckdb/node-api";

export type Row = Record<string, string | number | null>;

const plain = (v: unknown): string | number | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
};

/** Runs `setup` statements, then `query`; the query's rows by column name. */
export async function duckdbRows(query: string, setup: readonly string[] = []): Promise<Row[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    for (const s of setup) await db.run(s);
    const result = await db.runAndReadAll(query);
    return result
      .getRowObjectsJS()
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
