// One query, two renderings (issue 20): the BigQuery text parses with a BigQuery parser and differs from
// the DuckDB text only in quoting and date functions; names and values that try to end a literal or a
// name, or start a statement or a comment, are matched literally (run in DuckDB) and stay one statement.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import sqlParser from "node-sql-parser";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";
import { renderQuery } from "../../src/warehouse/dialects";
import { eventsQuery } from "../../src/warehouse/events-query";
import { tempDir } from "../cli/helpers";
import { samplePlan } from "../fixtures/plans";
import { duckdbRows } from "../support/duckdb";

const bigquery = new sqlParser.Parser();
const parseBigQuery = (sql: string) => bigquery.astify(sql, { database: "bigquery" });

/**
 * The BigQuery text with its dialect's words put back as DuckDB's: a backtick name as a double-quoted
 * one, a backslash-escaped quote as a doubled one, its date functions as DuckDB's.
 */
function asDuckdb(sql: string): string {
  const unquote = (s: string) =>
    s.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c] ?? c);
  return sql
    .replace(/`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'/g, (_, name?: string, text?: string) =>
      name !== undefined
        ? `"${unquote(name).replaceAll('"', '""')}"`
        : `'${unquote(text ?? "").replaceAll("'", "''")}'`,
    )
    .replace(/DATE\(("[^"]*"), ('[^']*')\)/g, "LOCAL($1, $2)")
    .replace(/DATE_TRUNC\(("[^"]*"), ISOWEEK\)/g, "WEEK($1)");
}

function duckdbWords(sql: string): string {
  return sql
    .replace(
      /CAST\(CASE WHEN typeof\(("[^"]*")\) = 'TIMESTAMP WITH TIME ZONE' THEN timezone\(('[^']*'), CAST\(\1 AS TIMESTAMPTZ\)\) ELSE CAST\(\1 AS TIMESTAMP\) END AS DATE\)/g,
      "LOCAL($1, $2)",
    )
    .replace(/CAST\(date_trunc\('week', ("[^"]*")\) AS DATE\)/g, "WEEK($1)");
}

/** Stream, stage and KPI names that would break out of a literal or a name if pasted unquoted. */
function hostilePlan(): Plan {
  const p = samplePlan();
  const st = p.streams[0] as Plan["streams"][number];
  st.name = 'New `biz"; DROP TABLE sentinel; --';
  (st.stages[0] as { name: string }).name = "Calls'); DELETE FROM sentinel; /*";
  (st.stages[3] as { name: string }).name = "Deals */ \\' OR 1=1 --";
  return p;
}

describe("one query builder, two dialects", () => {
  const plans: [string, Plan][] = [
    ["sample", samplePlan()],
    ["saas (ja)", templatePlan("saas", "ja")],
    ["manufacturing (en)", templatePlan("manufacturing", "en")],
    ["hostile names", hostilePlan()],
  ];

  it.each(plans)("%s: the BigQuery text parses and differs only in quoting and dates", (_n, plan) => {
    for (const grain of ["day", "week"] as const) {
      const q = eventsQuery(plan, { source: "my-project.sales.events", grain, timeZone: "Asia/Tokyo" });
      const bq = renderQuery(q, "bigquery");
      const ast = parseBigQuery(bq);
      // One statement: nothing a name holds became a second one.
      expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
      expect(asDuckdb(bq)).toBe(duckdbWords(renderQuery(q, "duckdb")));
    }
  });

  it("names that try to escape are matched literally in DuckDB, and nothing else runs", async () => {
    const plan = hostilePlan();
    const st = plan.streams[0] as Plan["streams"][number];
    const name = (k: number) => (st.stages[k] as { name: string }).name;
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const dir = await tempDir("kpi-events-");
    const file = join(dir, "events.csv");
    await writeFile(
      file,
      [
        "event_time,rep,stream,stage,amount",
        `2026-04-01 10:00:00,${q("Sato'; DROP TABLE sentinel; --")},${q(st.name)},${q(name(0))},`,
        `2026-04-01 11:00:00,${q("Sato'; DROP TABLE sentinel; --")},${q(st.name)},${q(name(3))},700`,
        `2026-04-01 12:00:00,Sato,${q(st.name)},${q("Calls")},`,
      ].join("\n"),
    );
    const query = renderQuery(eventsQuery(plan, { source: file, timeZone: "UTC" }), "duckdb");
    const rows = await duckdbRows(query, [
      "CREATE TABLE sentinel (x INTEGER)",
      "INSERT INTO sentinel VALUES (1)",
    ]);
    // The stage names as written count; "Calls" (the old name) is no stage's name any more.
    expect(rows).toEqual([
      {
        ACT_DATE: "2026-04-01",
        ACT_REP: "Sato'; DROP TABLE sentinel; --",
        ACT_new_biz_calls: 1,
        ACT_new_biz_appointments: 0,
        ACT_new_biz_meetings: 0,
        ACT_new_biz_deals: 1,
        ACT_KGI: 700,
      },
    ]);
    const left = await duckdbRows("SELECT COUNT(*) AS n FROM sentinel", [
      "CREATE TABLE sentinel (x INTEGER)",
      "INSERT INTO sentinel VALUES (1)",
      query,
    ]);
    expect(left).toEqual([{ n: 1 }]);
  });

  it("a table name, the event table's columns and the zone are quoted too", () => {
    const plan = samplePlan();
    const q = eventsQuery(plan, {
      source: "proj.data'set.ev\"ents",
      timeZone: "Asia/Tokyo",
      columns: { rep: "owner'; DROP TABLE x; --", stage: 'step"; --' },
    });
    const bq = renderQuery(q, "bigquery");
    const ast = parseBigQuery(bq);
    expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
    expect(bq).toContain("FROM `proj`.`data'set`.`ev\"ents`");
    expect(bq).toContain("`owner'; DROP TABLE x; --` AS `rep`");
    const duck = renderQuery(q, "duckdb");
    expect(duck).toContain('FROM "proj"."data\'set"."ev""ents"');
    expect(duck).toContain('"step""; --" = \'calls\'');
  });

  it("a backtick or backslash in a BigQuery name is escaped as BigQuery's lexical rules say", () => {
    // Quoted identifiers take the escapes of string literals (GoogleSQL, "Lexical structure"); the
    // parser used above does not know them, so this is checked on the text.
    const q = eventsQuery(samplePlan(), { source: "a`b\\c.t", timeZone: "UTC", columns: { rep: "x`y" } });
    const bq = renderQuery(q, "bigquery");
    expect(bq).toContain("FROM `a\\`b\\\\c`.`t`");
    expect(bq).toContain("`x\\`y` AS `rep`");
  });
});
