// The sheets and `status` side by side: a noisy log as a team types it, read both ways (the
// generated workbook computed by an engine; statusReport in TypeScript), and the checks that the
// Dashboard shows what the report says. Used with HyperFormula (test/workbook/status-sheets.test.ts)
// and LibreOffice (test/cli/libreoffice-status.test.ts).
import { expect } from "vitest";
import { addDays, isIsoDate } from "../../src/domain/calendar-dates";
import { pick } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import { remediesFor } from "../../src/domain/playbook";
import { type LogEntry, type LogValue, readLog, type Unreadable } from "../../src/domain/status/log-entries";
import { type StatusReport, statusReport } from "../../src/domain/status/report";
import { Tally } from "../../src/domain/status/tally";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { L } from "../../src/workbook/labels";
import type { WorkbookSpec } from "../../src/workbook/spec";

/** A log as typed, noise included; `seed` makes it repeatable. */
export function noisyLog(plan: Plan, seed: number, days: number): CellValue[][] {
  let x = seed;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const columns = planColumns(plan);
  const rows: CellValue[][] = [];
  for (let d = -3; d < days; d++) {
    const date = addDays(plan.period.start, d);
    for (const [i, m] of plan.team.entries()) {
      if (rnd(3) === 0) continue;
      const counts = new Map<string, number>();
      for (const st of plan.streams) {
        let n = 10 + rnd(40);
        for (const sg of st.stages) {
          counts.set(`stage:${st.id}.${sg.id}`, n);
          n = Math.floor(n * (sg.rate ?? 1) * (0.5 + rnd(80) / 100));
        }
      }
      const noise = rnd(25);
      const rep = noise === 0 ? "Nobody" : noise === 1 ? m.name.toUpperCase() : m.name;
      rows.push(
        columns.map((c) => {
          if (c.key === "date") return noise === 2 ? `day ${d}` : date;
          if (c.key === "rep") return rep;
          if (c.key === "notes") return noise === 3 ? "=1+1" : null;
          if (c.key === "kgi") return noise === 4 ? -5_000 : 10_000 * rnd(40);
          if (c.key.startsWith("stage:")) {
            const n = counts.get(c.key) ?? 0;
            return noise === 5 && i === 0 ? String(n) : n;
          }
          if (c.format === "percent") return noise === 6 ? 1.5 : rnd(100) / 400;
          return rnd(3) === 0 ? null : rnd(50) * 3;
        }),
      );
    }
  }
  return rows;
}

/** The same cells as `status` reads them from a file: an ISO date string is a date cell. */
export function logValue(v: CellValue, dateColumn: boolean): LogValue {
  if (v === null || v === "") return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return dateColumn && isIsoDate(v) ? { kind: "date", date: v } : { kind: "text", text: v };
}

/** What `status` reports for these typed rows (as read from a file: ISO date strings are dates). */
export function reportFor(
  plan: Plan,
  rows: CellValue[][],
  asOf: string,
  sheetName = "Actuals",
): StatusReport {
  const columns = planColumns(plan);
  const read = readLog(
    {
      name: sheetName,
      columns: columns.map((c) => ({ key: c.key, percent: c.format === "percent" })),
      rows: rows.map((r) => r.map((v, i) => logValue(v, columns[i]?.key === "date"))),
    },
    plan.period,
    plan.team.map((m) => m.name),
  );
  return reportOf(plan, read, asOf);
}

/** The report `status` makes of what it read (from a log, a deal list…), as of a day. */
export function reportOf(
  plan: Plan,
  read: { entries: readonly LogEntry[]; unreadable: Unreadable[] },
  asOf: string,
): StatusReport {
  return statusReport({
    plan,
    tally: new Tally(read.entries),
    unreadable: read.unreadable,
    asOf,
    actionsFor: (stream, stage) => remediesFor(plan, stream, stage),
  });
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** Equal to `digits` significant digits, a blank cell being null. */
export function same(sheet: unknown, ts: number | null, what: string, digits = 12): void {
  if (ts === null) {
    expect(blank(sheet), `${what}: ${String(sheet)} for null`).toBe(true);
    return;
  }
  expect(typeof sheet, `${what}: ${String(sheet)} for ${ts}`).toBe("number");
  expect(Math.abs((sheet as number) - ts), `${what}: ${String(sheet)} for ${ts}`).toBeLessThanOrEqual(
    10 ** -digits * Math.max(1, Math.abs(ts)),
  );
}

/** The Dashboard's KPI table and funnels (cell values, as an engine computed them) against the report. */
export function dashboardAgrees(
  plan: Plan,
  spec: WorkbookSpec,
  values: unknown[][],
  r: StatusReport,
  digits = 12,
): void {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const { col, kgiRow, kpiRows, bottlenecks, funnels } = spec.dashboard;
  const row = (i: number) => values[i] ?? [];
  const sameTo = (a: unknown, b: number | null, what: string) => same(a, b, what, digits);
  const kgi = row(kgiRow);
  sameTo(kgi[col.target], r.kgi.target, "KGI target");
  sameTo(kgi[col.toDate], r.kgi.targetToDate, "KGI to date");
  sameTo(kgi[col.actual], r.kgi.actual, "KGI actual");
  sameTo(kgi[col.achievement], r.kgi.achievement, "KGI achievement");
  sameTo(kgi[col.pace], r.kgi.pace, "KGI pace");
  sameTo(kgi[col.forecast], r.kgi.forecast, "KGI forecast");
  // The engine's own T.DIST and STDEV against ours: HyperFormula's T.DIST is good to ~1e-8, so 7 digits.
  same(row(spec.dashboard.chanceRow)[1], r.kgi.hitProbability, "KGI chance", Math.min(digits, 7));
  const label = { on_track: t(L.onTrack), watch: t(L.watch), behind: t(L.behind) };
  r.kpis.forEach((k, i) => {
    const cells = row(kpiRows[i] as number);
    sameTo(cells[col.target], k.target, `${k.id} target`);
    sameTo(cells[col.toDate], k.targetToDate, `${k.id} to date`);
    sameTo(cells[col.actual], k.actual, `${k.id} actual`);
    sameTo(cells[col.achievement], k.achievement, `${k.id} achievement`);
    sameTo(cells[col.pace], k.pace, `${k.id} pace`);
    expect(cells[col.status] ?? "", `${k.id} status`).toBe(k.status ? label[k.status] : "");
  });
  // Each rep on the KGI, and each period.
  r.reps.forEach((rep, i) => {
    const cells = row(spec.dashboard.repRows[i] as number);
    sameTo(cells[1], rep.kgi.target, `${rep.name} target`);
    sameTo(cells[2], rep.kgi.targetToDate, `${rep.name} to date`);
    sameTo(cells[3], rep.kgi.actual, `${rep.name} actual`);
    sameTo(cells[4], rep.kgi.achievement, `${rep.name} achievement`);
  });
  r.periods.forEach((p, i) => {
    const cells = row(spec.dashboard.periodRows[i] as number);
    sameTo(cells[1], p.kgi.target, `${p.start} target`);
    sameTo(cells[2], p.kgi.actual, `${p.start} actual`);
  });
  // The funnel: every stage's ratio; the flag on each stream's lowest ratio below 1.
  const funnel = r.funnel.filter((f) => f.plannedRate !== null);
  funnel.forEach((f, i) => {
    const flag = bottlenecks[i];
    if (!flag) throw new Error("no flag cell");
    sameTo(row(flag.row)[flag.col - 1], f.ratio, `${f.stream}.${f.stage} ratio`);
    const ratios = funnel
      .filter((g) => g.stream === f.stream && g.ratio !== null)
      .map((g) => g.ratio as number);
    const lowest = Math.min(...ratios);
    const first = funnel.find((g) => g.stream === f.stream && g.ratio === lowest);
    const flagged = lowest < 1 && first === f;
    expect(!blank(row(flag.row)[flag.col]), `${f.stream}.${f.stage} flagged`).toBe(flagged);
  });
  // The report's bottleneck is the lowest of the flagged: its block shows what it costs, and why.
  const b = r.bottleneck;
  if (b) {
    const block = funnels.find((f) => f.stream === b.stream);
    if (!block) throw new Error("no block");
    sameTo(row(block.deals.row)[block.deals.col], b.atStake.deals, "at stake, deals");
    sameTo(row(block.kgi.row)[block.kgi.col], b.atStake.kgi, "at stake, KGI");
    const shown = block.remedies.map((at) => row(at.row)[at.col]).filter((v) => !blank(v));
    expect(shown).toEqual(b.actions.map((a) => a[plan.locale]));
  } else {
    for (const f of funnels) expect(blank(row(f.deals.row)[f.deals.col])).toBe(true);
  }
}

/** The Reps sheet (one row per rep and KPI, the KGI first, from row 4) against the report. */
export function repsAgree(values: unknown[][], r: StatusReport, digits = 12): void {
  const perRep = r.kpis.length + 1;
  r.reps.forEach((rep, i) => {
    [rep.kgi, ...rep.kpis].forEach((k, j) => {
      const cells = values[3 + i * perRep + j] ?? [];
      const what = `${rep.name} ${j === 0 ? "KGI" : (rep.kpis[j - 1]?.id ?? "")}`;
      expect(cells[0], what).toBe(rep.name);
      same(cells[2], k.target, `${what} target`, digits);
      same(cells[3], k.targetToDate, `${what} to date`, digits);
      same(cells[4], k.actual, `${what} actual`, digits);
      same(cells[5], k.achievement, `${what} achievement`, digits);
      same(cells[6], k.pace, `${what} pace`, digits);
    });
  });
}

/**
 * The Trends sheet against the report's periods: from row 8, three rows (target, actual, % of plan)
 * for the KGI, then for each stage of each stream in funnel order, with three rows for the rate to
 * the next stage between them; one column per period from column G.
 */
export function trendsAgree(plan: Plan, values: unknown[][], r: StatusReport, digits = 12): void {
  const rows: number[] = [7];
  let at = 10;
  for (const st of plan.streams) {
    st.stages.forEach((_, k) => {
      rows.push(at);
      at += k < st.stages.length - 1 ? 6 : 3;
    });
  }
  r.periods.forEach((p, i) => {
    const col = 6 + i;
    [p.kgi, ...p.stages].forEach((m, j) => {
      const row = rows[j] as number;
      const what = `${p.start} ${j === 0 ? "KGI" : `${p.stages[j - 1]?.stream}.${p.stages[j - 1]?.stage}`}`;
      same(values[row]?.[col], m.target, `${what} target`, digits);
      same(values[row + 1]?.[col], m.actual, `${what} actual`, digits);
    });
  });
}
