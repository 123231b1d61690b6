// The Reps sheet computed by a real engine (HyperFormula) over a hand-made log: every rep's target,
// target to date, actual, achievement, pace and status on the KGI and every KPI equal the hand
// calculations of test/fixtures/progress-log.ts.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { planColumns } from "../../src/workbook/actuals-columns";
import { buildWorkbook, SHEET_ORDER } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import { REPS_COL } from "../../src/workbook/reps-sheet";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import {
  existingLog,
  type LogRow,
  progressPlan,
  REP_LOG,
  type RepRow,
  repRowsAt20260515,
} from "../fixtures/progress-log";
import { loadSpec, serial } from "../support/spec-engine";

function repsAt(plan: Plan, rows: readonly LogRow[], asOf: string) {
  const spec = buildWorkbook(plan, { existingActuals: existingLog(plan, rows) });
  const { hf, sheet } = loadSpec(spec);
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!at) throw new Error("no AS_OF");
  hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial(asOf));
  const values = hf.getSheetValues(sheet("reps"));
  hf.destroy();
  const first = values.findIndex((r) => r[0] === "Rep") + 1;
  return { spec, values, first, rows: values.slice(first).filter((r) => r[0] !== null && r[0] !== "") };
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
/** Equal to 12 significant digits (the sheet may order the same arithmetic differently). */
function close(got: unknown, want: number | null, what: string) {
  if (want === null) {
    expect(blank(got), `${what}: ${JSON.stringify(got)}`).toBe(true);
    return;
  }
  expect(typeof got, what).toBe("number");
  expect(Math.abs((got as number) - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(want)),
  );
}

function expectRows(got: unknown[][], want: RepRow[]) {
  expect(got.map((r) => [r[REPS_COL.rep], r[REPS_COL.kpi]])).toEqual(want.map((w) => [w.rep, w.kpi]));
  want.forEach((w, i) => {
    const row = got[i] as unknown[];
    const what = `${w.rep} / ${w.kpi}`;
    close(row[REPS_COL.target], w.target, `${what} target`);
    close(row[REPS_COL.toDate], w.toDate, `${what} to date`);
    close(row[REPS_COL.actual], w.actual, `${what} actual`);
    close(row[REPS_COL.achievement], w.achievement, `${what} achievement`);
    close(row[REPS_COL.pace], w.pace, `${what} pace`);
    expect(row[REPS_COL.status] ?? "", `${what} status`).toBe(w.status);
  });
}

describe("Reps sheet (HyperFormula)", () => {
  it("every rep on the KGI and every KPI: the rep's target, to date, actual, achievement, pace and status, by hand", () => {
    const { rows } = repsAt(progressPlan(), REP_LOG, "2026-05-15");
    expectRows(rows, repRowsAt20260515());
  });

  it("a rep's name is matched exactly: * and ? are not wildcards, ~ is not an escape", () => {
    const plan = progressPlan();
    plan.team = [{ name: "S?to" }, { name: "Sato" }, { name: "S~o*" }];
    // By hand: S?to has no rows of its own (Sato's ¥1M must not count); S~o* only its ¥300,000.
    const rows: LogRow[] = [
      { date: "2026-04-06", rep: "Sato", kgi: 1_000_000, calls: 10 },
      { date: "2026-04-07", rep: "S~o*", kgi: 300_000, calls: 5 },
      { date: "2026-04-08", rep: "S~oo", kgi: 70_000, calls: 7 },
    ];
    const got = repsAt(plan, rows, "2026-04-30").rows;
    const kgi = (rep: string) => got.find((r) => r[0] === rep && r[1] === "KGI: Revenue")?.[REPS_COL.actual];
    const calls = (rep: string) => got.find((r) => r[0] === rep && r[1] === "Calls")?.[REPS_COL.actual];
    expect([kgi("S?to"), kgi("Sato"), kgi("S~o*")]).toEqual([0, 1_000_000, 300_000]);
    expect([calls("S?to"), calls("Sato"), calls("S~o*")]).toEqual([0, 10, 5]);
  });

  it("before anything is logged: totals 0 and behind by nothing yet, levels blank, no errors", () => {
    const { rows } = repsAt(progressPlan(), [], "2026-03-20");
    expect(rows).toHaveLength(3 * 6);
    for (const r of rows) {
      const isError = r.some((v) => typeof v === "object" && v !== null && "type" in v);
      expect(isError, JSON.stringify(r)).toBe(false);
      close(
        r[REPS_COL.toDate],
        r[REPS_COL.kpi] === "Appointment rate" || r[REPS_COL.kpi] === "Customer NPS"
          ? (r[REPS_COL.target] as number)
          : 0,
        "to date",
      );
    }
    // Nothing elapsed: a pace over nothing is blank, not 0% or an error.
    expect(rows.filter((r) => r[1] === "Calls").map((r) => r[REPS_COL.pace])).toEqual(["", "", ""]);
  });

  it("follows the Dashboard: after the Dashboard in the tabs, its status colours, a frozen header, the rep in column A", () => {
    const plan = progressPlan();
    const { spec, first, rows } = repsAt(plan, REP_LOG, "2026-05-15");
    expect(SHEET_ORDER.slice(0, 4)).toEqual(["tree", "dashboard", "reps", "trends"]);
    const reps = sheetOf(spec, "reps");
    expect(reps.name).toBe("Reps");
    expect(reps.frozenRows).toBe(first);
    // One rep's rows together, in team order, the name on each row (a filter by rep shows them all).
    expect(rows.map((r) => r[0])).toEqual(plan.team.flatMap((m) => Array(6).fill(m.name)));
    // The same three words and fills as the Dashboard's status column, over every row of the table.
    const [cf] = reps.conditionalFormats;
    expect(reps.conditionalFormats).toHaveLength(1);
    expect(cf?.rect).toEqual({ row: first, col: REPS_COL.status, rows: 18, cols: 1 });
    const words = (rules: { formula: string; fill: string }[]) =>
      rules.map((r) => [r.formula.replace(/^\$[A-Z]+\d+/, "X"), r.fill]);
    const dashboard = sheetOf(spec, "dashboard").conditionalFormats.find((c) =>
      c.rules.some((r) => r.formula.includes("On track")),
    );
    expect(words(cf?.rules ?? [])).toEqual(words(dashboard?.rules ?? []));
    expect(words(cf?.rules ?? [])).toEqual([
      ['X="● On track"', "good"],
      ['X="▲ Watch"', "warn"],
      ['X="✖ Behind"', "bad"],
    ]);
  });

  it("a rate KPI of a second stream: the rep's next stage ÷ this stage in that stream", () => {
    const plan = samplePlan(); // new_biz: calls → appointments → meetings → deals
    (plan.streams[0] as Plan["streams"][number]).share = 0.5;
    plan.streams.push({
      id: "renewals",
      name: "Renewals",
      share: 0.5,
      dealValue: 500_000,
      stages: [
        { id: "contacts", name: "Contacts", rate: 0.5 },
        { id: "renewed", name: "Renewed" },
      ],
    });
    plan.kpis = [
      {
        id: "renewal_rate",
        name: "Renewal rate",
        tier: "conversion",
        direction: "higher",
        frequency: "monthly",
        source: { stream: "renewals", rateFrom: "contacts" },
      },
    ];
    const columns = planColumns(plan);
    // Sato 10 contacts → 4 renewed (0.4); Suzuki 5 → 1 (0.2); Takahashi nothing (blank, not 0%).
    const entry = (rep: string, contacts: number, renewed: number) =>
      columns.map((c) =>
        c.key === "date"
          ? "2026-04-10"
          : c.key === "rep"
            ? rep
            : c.key === "stage:renewals.contacts"
              ? contacts
              : c.key === "stage:renewals.renewed"
                ? renewed
                : c.key === "stage:new_biz.calls"
                  ? 100
                  : null,
      );
    const spec = buildWorkbook(plan, {
      existingActuals: {
        columns: columns.map((c) => ({ key: c.key, header: c.header })),
        rows: [entry("Sato", 10, 4), entry("Suzuki", 5, 1)],
      },
    });
    const { hf, sheet } = loadSpec(spec);
    const values = hf.getSheetValues(sheet("reps"));
    hf.destroy();
    const rate = values.filter((r) => r[REPS_COL.kpi] === "Renewal rate");
    expect(rate.map((r) => [r[REPS_COL.rep], r[REPS_COL.target], r[REPS_COL.actual]])).toEqual([
      ["Sato", 0.5, 0.4],
      ["Suzuki", 0.5, 0.2],
      ["Takahashi", 0.5, ""],
    ]);
  });

  it("formats: money whole, a count whole and its share to date with one decimal, rates in percent", () => {
    const spec = buildWorkbook(samplePlan());
    const reps = sheetOf(spec, "reps");
    // The title, the note under it.
    expect(reps.cells[0]?.[0]).toEqual({ value: "FY2026 inside sales", style: "title" });
    expect(reps.cells[1]?.[0]).toEqual({ value: L.repsNote.en, style: "note" });
    const formats = (kpi: string) => {
      const row = reps.cells.find((r) => r[REPS_COL.kpi]?.value === kpi) ?? [];
      return [REPS_COL.target, REPS_COL.toDate, REPS_COL.actual].map((c) => row[c]?.format);
    };
    expect(formats("KGI: Annual revenue")).toEqual(["currency", "currency", "currency"]);
    expect(formats("Calls")).toEqual(["integer", "tenths", "integer"]);
    expect(formats("Meeting conversion")).toEqual(["percent", "percent", "percent"]);
  });

  it("in Japanese: sheet 担当者別, the same numbers", () => {
    const plan = { ...progressPlan(), locale: "ja" as const };
    const spec = buildWorkbook(plan, { existingActuals: existingLog(plan, REP_LOG) });
    expect(sheetOf(spec, "reps").name).toBe("担当者別");
    const { hf, sheet } = loadSpec(spec);
    const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect as { row: number; col: number };
    hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial("2026-05-15"));
    const values = hf.getSheetValues(sheet("reps"));
    hf.destroy();
    const first = values.findIndex((r) => r[0] === "担当者") + 1;
    const want = repRowsAt20260515().map((w) => ({
      ...w,
      status: w.status
        .replace("● On track", "● 順調")
        .replace("▲ Watch", "▲ 注意")
        .replace("✖ Behind", "✖ 遅れ"),
    }));
    expectRows(values.slice(first, first + want.length), want);
  });

  it("200 reps × 6 KPIs: one row each, one colour rule, formulas of bounded length, built quickly", () => {
    const plan = progressPlan();
    plan.kpis.push({ ...(plan.kpis[0] as Plan["kpis"][number]), id: "calls2", name: "Calls (2)" });
    plan.team = Array.from({ length: 200 }, (_, i) => ({ name: `Rep ${i + 1}` }));
    const started = performance.now();
    const spec = buildWorkbook(plan);
    const ms = performance.now() - started;
    const reps = sheetOf(spec, "reps");
    const body = reps.cells.slice(reps.frozenRows);
    expect(body).toHaveLength(200 * 7);
    expect(reps.conditionalFormats).toHaveLength(1);
    const longest = Math.max(...body.flat().map((c) => c?.formula?.length ?? 0));
    expect(longest).toBeLessThan(800);
    expect(ms).toBeLessThan(3_000);
  });
});

function sheetOf(spec: WorkbookSpec, key: string) {
  const s = spec.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}
