// `kpi-designer status` (BRIEF §3.8) as a user runs it: on a workbook the team typed into (a column
// of their own inserted before Calls: read by id all the same), and on a plan file with a plain log.
//
// The sample plan, by hand: 120,000,000 ÷ 1,000,000 = 120 deals; meetings ⌈120 ÷ 0.25⌉ = 480;
// appointments ⌈480 ÷ 0.5⌉ = 960; calls ⌈960 ÷ 0.1⌉ = 9,600. Reps Sato 1, Suzuki 1, Takahashi 2:
// calls 2,400 / 2,400 / 4,800. Two rows: Sato 40 calls, 4 appointments, 2 meetings, 1 deal, ¥1M;
// Suzuki 35, 3, 1, 0. Rates: 7 ÷ 75 = 0.0933 of 0.1 (ratio 0.933); 3 ÷ 7 = 0.4286 of 0.5 (0.857);
// 1 ÷ 3 of 0.25 (1.333). Bottleneck: appointments; at stake 120 × (1 − 6/7) = 17.14 deals.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { statusSchema } from "../../src/domain/status/schema";
import { samplePlan } from "../fixtures/plans";
import {
  actualsSheet,
  insertColumn,
  readXlsx,
  runMain,
  tempDir,
  typeIntoActuals,
  writePlan,
} from "./helpers";

let dir: string;
let planPath: string;
let workbook: string;

const ROWS = [
  {
    Date: new Date(Date.UTC(2026, 3, 1)),
    Rep: "Sato",
    Calls: 40,
    Appointments: 4,
    Meetings: 2,
    Deals: 1,
    "Annual revenue (JPY)": 1_000_000,
  },
  { Date: new Date(Date.UTC(2026, 3, 2)), Rep: "Suzuki", Calls: 35, Appointments: 3, Meetings: 1, Deals: 0 },
];

beforeAll(async () => {
  dir = await tempDir("kpi-status-");
  planPath = await writePlan(dir, samplePlan());
  workbook = join(dir, "team.xlsx");
  expect((await runMain(["export", planPath, "--out", workbook])).code).toBe(0);
  await typeIntoActuals(workbook, ROWS);
  // The team inserts a column of their own before Calls, as Excel does (names move with it).
  const wb = await readXlsx(workbook);
  insertColumn(actualsSheet(wb), 3, ["Region", "East", "West"]);
  await wb.xlsx.writeFile(workbook);
});

async function statusJson(args: string[]) {
  const r = await runMain(["status", ...args, "--as-of", "2026-04-30", "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return statusSchema.parse(JSON.parse(r.stdout));
}

describe("kpi-designer status", () => {
  it("reads a workbook the team typed into, columns found by id after one was inserted", async () => {
    const s = await statusJson([workbook]);
    expect(s.asOf).toBe("2026-04-30");
    expect(s.kgi.actual).toBe(1_000_000);
    expect(s.kpis.map((k) => [k.id, k.target, k.actual])).toEqual([
      ["calls", 9_600, 75],
      ["appt_rate", 0.5, 3 / 7],
      ["deals", 120, 1],
    ]);
    expect(s.reps.map((r) => [r.name, r.kpis[0]?.target, r.kpis[0]?.actual])).toEqual([
      ["Sato", 2_400, 40],
      ["Suzuki", 2_400, 35],
      ["Takahashi", 4_800, 0],
    ]);
    expect(s.bottleneck?.stage).toBe("appointments");
    expect(s.calibration[0]).toEqual({
      stream: expect.any(String),
      stage: "calls",
      n: 75,
      rate: expect.closeTo(7 / 75, 12),
      low: expect.closeTo(0.051395794480955596, 8),
      high: expect.closeTo(0.16358942679819577, 8),
    });
    expect(s.bottleneck?.ratio).toBeCloseTo(6 / 7, 12);
    expect(s.levers.map((l) => [l.stage, l.kind, l.change, l.activity])).toEqual([
      ["calls", "rate", 0.01, -872],
      ["appointments", "rate", 0.01, -180],
      ["meetings", "rate", 0.01, -360],
      [null, "dealValue", 0.1, -800],
    ]);
    expect(s.bottleneck?.atStake.deals).toBeCloseTo(120 / 7, 9);
    expect(s.bottleneck?.atStake.kgi).toBeCloseTo(120_000_000 / 7, 3);
    expect(s.bottleneck?.actions.length).toBeGreaterThanOrEqual(2);
    expect(s.periods[0]).toMatchObject({
      start: "2026-04-01",
      end: "2026-04-30",
      kgi: { actual: 1_000_000 },
    });
    expect(s.periods[1]?.kgi.actual).toBe(0);
    expect(s.unreadable).toEqual([]);
  });

  it("gives the same report from the plan file and a plain .csv log, and names cells it cannot count", async () => {
    const csv = join(dir, "log.csv");
    await writeFile(
      csv,
      [
        "Date,Rep,Calls,Appointments,Meetings,Deals,Annual revenue (JPY),Notes",
        "2026-04-01,Sato,40,4,2,1,1000000,first",
        "2026/4/2,Suzuki,35,3,1,0,,",
        "2026-04-31,Sato,5,,,,,not a day",
      ].join("\n"),
    );
    const fromCsv = await statusJson([planPath, "--actuals", csv]);
    const fromWorkbook = await statusJson([workbook]);
    expect({ ...fromCsv, unreadable: [] }).toEqual(fromWorkbook);
    expect(fromCsv.unreadable).toEqual([{ cell: "'log.csv'!A4", value: "2026-04-31", why: "date_text" }]);
  });

  it("says which plan columns a plain log lacks and which of its columns it does not read", async () => {
    const csv = join(dir, "short.csv");
    // "Annual revenue" without its "(JPY)" is the KGI's column all the same.
    await writeFile(csv, "Date,Rep,Calls,Region,Annual revenue\n2026-04-01,Sato,40,East,500000\n");
    const r = await runMain(["status", planPath, "--actuals", csv, "--as-of", "2026-04-30", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("the log has no column for Appointments, Meetings, Deals (counted as 0)");
    expect(r.stderr).toContain("columns not in the plan, not read: Region");
    const s = statusSchema.parse(JSON.parse(r.stdout));
    expect([s.kgi.actual, s.kpis[0]?.actual]).toEqual([500_000, 40]);
  });

  it("reads a plain .xlsx log", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Actuals");
    ws.addRow(["Date", "Rep", "Calls", "Appointments", "Meetings", "Deals", "Annual revenue (JPY)"]);
    ws.addRow([new Date(Date.UTC(2026, 3, 1)), "Sato", 40, 4, 2, 1, 1_000_000]);
    ws.addRow([new Date(Date.UTC(2026, 3, 2)), "Suzuki", 35, 3, 1, 0]);
    const path = join(dir, "log.xlsx");
    await wb.xlsx.writeFile(path);
    expect(await statusJson([planPath, "--actuals", path])).toEqual(await statusJson([workbook]));
  });

  it("prints a bilingual table for a person", async () => {
    const r = await runMain(["status", workbook, "--as-of", "2026-04-30"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("as of / 基準日 2026-04-30");
    expect(r.stdout).toMatch(/Calls\s+9,600\s+[\d,.]+\s+75\s/);
    expect(r.stdout).toContain("bottleneck / ボトルネック: Appointments");
    // 7 appointments from 75 calls: 9.3%, Wilson's 90% interval 5.14%–16.36% (statistics.NormalDist).
    expect(r.stdout).toMatch(/Calls\s+9,600\s+75\s+10(\.0)?%\s+9\.3%\s+5\.1%–16\.4%\s/);
    // The sample plan's biggest lever: calls → appointments 11%, 872 fewer calls (test/domain/levers.test.ts).
    expect(r.stdout).toContain("biggest lever / 最大のレバー: Calls → next rate +1 pt");
    expect(r.stdout).toMatch(/872 fewer Calls needed.*\+12,000,000 JPY from the planned Calls/);
  });

  // Bad dates, missing or misplaced --actuals, files that are not there: flags.test.ts.
  it("refuses a workbook KPI Designer did not write, saying why, exit 2", async () => {
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Budget").addRow(["x"]);
    const path = join(dir, "foreign.xlsx");
    await foreign.xlsx.writeFile(path);
    const r = await runMain(["status", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a KPI Designer workbook");
  });
});
