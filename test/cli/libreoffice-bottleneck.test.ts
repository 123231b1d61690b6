// The bottleneck block under each funnel, recalculated by LibreOffice from exported xlsx files (the
// engine that shares none of our code): the hand-calculated cases of
// test/workbook/dashboard-funnel.test.ts — one stage below plan, every stage above plan, a tie, a
// stream with no data — give the same flag, cost and remedies, and no error cell.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { playbookRow } from "../../src/domain/playbook";
import { templatePlan } from "../../src/domain/templates";
import { planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import type { DashboardLayout } from "../../src/workbook/dashboard";
import { errorCells, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, writePlan } from "./helpers";

type Counts = Record<string, number>;

/** Exports `plan`, types one log row of stage counts (`stream.stage`) on its first day. */
async function exportWith(dir: string, name: string, plan: Plan, counts: Counts): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  const r = await runMain(["export", await writePlan(dir, plan, `${name}.json`), "--out", file]);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const actuals = wb.getWorksheet("Actuals") as ExcelJS.Worksheet;
  const keys = planColumns(plan).map((c) => c.key);
  actuals.getCell(2, 1).value = new Date(Date.UTC(2026, 3, 1));
  actuals.getCell(2, 2).value = plan.team[0]?.name ?? "";
  for (const [key, n] of Object.entries(counts)) {
    const col = keys.indexOf(`stage:${key}`);
    expect(col, key).toBeGreaterThan(0);
    actuals.getCell(2, col + 1).value = n;
  }
  (wb.getWorksheet("Dashboard") as ExcelJS.Worksheet).getCell("B2").value = new Date(Date.UTC(2026, 3, 30));
  await wb.xlsx.writeFile(file);
  return file;
}

const minimal = templatePlan("inside_sales_minimal", "en");
const account = templatePlan("account_sales", "en");
/** Rates a binary fraction holds exactly (50% → 50% → 25%), so that two ratios tie in any engine. */
const BINARY_RATES = [0.5, 0.5, 0.25];
const binary: Plan = {
  ...minimal,
  streams: minimal.streams.map((s) => ({
    ...s,
    stages: s.stages.map((g, i) => (i < BINARY_RATES.length ? { ...g, rate: BINARY_RATES[i] } : g)),
  })),
};
const books: Record<string, ExcelJS.Workbook> = {};

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-bottleneck-");
  const files = [
    // 5% (÷ 5% = 1), 60% (÷ 80% = 0.75), 30% (÷ 25% = 1.2): appointments, 120 × 0.25 = 30 deals.
    await exportWith(dir, "below", minimal, {
      "outbound.calls": 1000,
      "outbound.appointments": 50,
      "outbound.meetings": 30,
      "outbound.deals": 9,
    }),
    // 6% (1.2), 83.3% (1.04), 30% (1.2): no bottleneck.
    await exportWith(dir, "above", minimal, {
      "outbound.calls": 1000,
      "outbound.appointments": 60,
      "outbound.meetings": 50,
      "outbound.deals": 15,
    }),
    // 25% ÷ 50% = 0.5, 25% ÷ 50% = 0.5, 25% ÷ 25% = 1: the tie goes to calls, 120 × 0.5 = 60 deals.
    await exportWith(dir, "tie", binary, {
      "outbound.calls": 1024,
      "outbound.appointments": 256,
      "outbound.meetings": 64,
      "outbound.deals": 16,
    }),
    // Existing customers 20% (÷ 25% = 0.8), 50% (÷ 40% = 1.25): visits, 90 × 0.2 = 18 deals; new: no data.
    await exportWith(dir, "account", account, {
      "existing.visits": 100,
      "existing.proposals": 20,
      "existing.won": 10,
    }),
  ];
  const out = await recalculate(files);
  for (const [i, name] of ["below", "above", "tie", "account"].entries()) {
    books[name] = await readWorkbook(out[i] as string);
  }
}, 300_000);

function block(name: string, plan: Plan, stream: string) {
  const dash = books[name]?.getWorksheet("Dashboard") as ExcelJS.Worksheet;
  const layout = buildWorkbook(plan).dashboard as DashboardLayout;
  const at = (p: { row: number; col: number }) => {
    const v = shown(dash.getCell(p.row + 1, p.col + 1));
    return v === null || v === undefined ? "" : v;
  };
  const f = layout.funnels.find((x) => x.stream === stream);
  if (!f) throw new Error(`no block for ${stream}`);
  return {
    flagged: layout.bottlenecks.filter((b) => at(b) !== "").map((b) => b.label),
    stage: at(f.stage),
    deals: at(f.deals),
    kgi: at(f.kgi),
    remedies: f.remedies.map(at),
  };
}

const en = (kind: Parameters<typeof playbookRow>[0]) => playbookRow(kind).remedies.map((r) => r.en);

describe("the bottleneck block, recalculated by LibreOffice", () => {
  it("computes every workbook without an error cell", () => {
    for (const wb of Object.values(books)) expect(errorCells(wb)).toEqual([]);
  });

  it("one stage below plan: flagged, costed, its remedies", () => {
    const got = block("below", minimal, "outbound");
    expect(got.flagged).toEqual(["Appointments"]);
    expect(got.stage).toBe("Appointments");
    expect(got.deals).toBeCloseTo(30, 9);
    expect(got.kgi).toBeCloseTo(300_000, 6);
    expect(got.remedies).toEqual(en("meeting_rate"));
  });

  it("every stage above plan: nothing flagged, the block blank", () => {
    expect(block("above", minimal, "outbound")).toEqual({
      flagged: [],
      stage: "",
      deals: "",
      kgi: "",
      remedies: ["", "", ""],
    });
  });

  it("a tie goes to the earlier stage", () => {
    const got = block("tie", binary, "outbound");
    expect(got.flagged).toEqual(["Calls"]);
    expect(got.deals).toBeCloseTo(60, 9);
    expect(got.kgi).toBeCloseTo(600_000, 6);
    expect(got.remedies).toEqual(en("appointment_rate"));
  });

  it("two streams: the one with data flagged and costed, the one without blank", () => {
    const got = block("account", account, "existing");
    expect(got.flagged).toEqual(["Existing customers (upsell and cross-sell): Customer visits and contacts"]);
    expect(got.deals).toBeCloseTo(18, 9);
    expect(got.kgi).toBeCloseTo(144_000, 6);
    expect(got.remedies).toEqual(en("proposal_rate"));
    const none = block("account", account, "new");
    expect([none.stage, none.deals, none.kgi, ...none.remedies]).toEqual(["", "", "", "", "", ""]);
  });
});
