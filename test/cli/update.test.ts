// export --update (BRIEF §3.5): regeneration keeps every actual row and note, follows ids through
// renames, archives what was removed, and never touches a sheet KPI Designer did not create.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbookFile } from "../../src/cli/xlsx-reader";
import type { Plan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";
import {
  actualsTable,
  definedNames,
  readXlsx,
  runMain,
  tempDir,
  typeIntoActuals,
  writePlan,
} from "./helpers";

async function exported(plan: Plan) {
  const dir = await tempDir();
  const planPath = await writePlan(dir, plan);
  const out = join(dir, "kpi.xlsx");
  const r = await runMain(["export", planPath, "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, planPath, out };
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("export --update", () => {
  it("keeps typed rows through a rename and a removal, and leaves the user's sheet and names alone", async () => {
    const plan = samplePlan();
    const { planPath, out } = await exported(plan);
    await typeIntoActuals(
      out,
      [
        {
          Date: d("2026-04-06"),
          Rep: "Sato",
          Calls: 40,
          Appointments: 4,
          Meetings: 2,
          Notes: "=1+1 is text",
        },
        {
          Date: d("2026-04-07"),
          Rep: "Suzuki",
          Calls: 35,
          Deals: 1,
          "Annual revenue (JPY)": 1_000_000,
          Notes: "@x",
        },
      ],
      (wb) => {
        const memo = wb.addWorksheet("Memo");
        memo.getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
        memo.getCell("B1").value = "keep me";
        memo.getCell("B2").value = 7;
        wb.definedNames.add("Memo!$B$2", "MY_NUMBER");
      },
    );

    // Rename "Appointments", remove "Meetings" (rates fixed), then regenerate.
    const next = structuredClone(plan);
    const stages = next.streams[0]!.stages;
    stages[1]!.name = "Appts booked";
    stages[1]!.rate = 0.5 * 0.25;
    stages.splice(2, 1);
    await writePlan(join(planPath, ".."), next);
    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Kept 2 rows of actuals");
    expect(r.stdout).toContain("left as they were: Memo");

    const { headers, rows } = await actualsTable(out);
    expect(headers).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appts booked",
      "[archived] Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect(rows).toEqual([
      ["2026-04-06", "Sato", 40, 4, 2, null, null, "=1+1 is text"],
      ["2026-04-07", "Suzuki", 35, null, null, 1, 1_000_000, "@x"],
    ]);

    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KPI Tree",
      "Dashboard",
      "Reps",
      "Trends",
      "Targets",
      "Actuals",
      "Assumptions",
      "Review Log",
      "KPI Designer Data",
      "Memo",
    ]);
    const memo = wb.getWorksheet("Memo")!;
    expect(memo.getCell("A1").formula).toBe("1+1");
    expect(memo.getCell("B1").value).toBe("keep me");
    const names = definedNames(wb);
    expect(names.get("MY_NUMBER")).toEqual(["Memo!$B$2"]);
    expect(names.has("REQ_new_biz_meetings")).toBe(false);
    expect(names.has("REQ_new_biz_appointments")).toBe(true);

    // A second run changes nothing that was typed.
    expect((await runMain(["export", planPath, "--out", out, "--update"])).code).toBe(0);
    expect((await actualsTable(out)).rows).toEqual(rows);
  });

  it("adds our sheets to a workbook it did not create; a clashing name gets a new one", async () => {
    const dir = await tempDir();
    const planPath = await writePlan(dir, samplePlan());
    const out = join(dir, "theirs.xlsx");
    const theirs = new ExcelJS.Workbook();
    const a = theirs.addWorksheet("Actuals");
    a.getCell("A1").value = "their own log";
    a.getCell("A2").value = { formula: "=SUM(1,2)".slice(1) } as ExcelJS.CellFormulaValue;
    theirs.addWorksheet("Budget").getCell("C3").value = 99;
    await theirs.xlsx.writeFile(out);

    const refused = await runMain(["export", planPath, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--update");

    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Actuals",
      "Budget",
      "KPI Tree",
      "Dashboard",
      "Reps",
      "Trends",
      "Targets",
      "Actuals (2)",
      "Assumptions",
      "Review Log",
      "KPI Designer Data",
    ]);
    expect(wb.getWorksheet("Actuals")!.getCell("A1").value).toBe("their own log");
    expect(wb.getWorksheet("Actuals")!.getCell("A2").formula).toBe("SUM(1,2)");
    expect(wb.getWorksheet("Budget")!.getCell("C3").value).toBe(99);
    expect(definedNames(wb).get("ACT_DATE")).toEqual(["'Actuals (2)'!$A$2:$A$2001"]);

    // Typed into ours, then regenerated: found again through the data sheet.
    await typeIntoActuals(out, [{ Date: d("2026-05-01"), Rep: "Sato", Calls: 12 }]);
    expect((await runMain(["export", planPath, "--out", out, "--update"])).code).toBe(0);
    const again = await readWorkbookFile(out);
    expect(again.ours.actuals).toBe("Actuals (2)");
    expect(again.foreignSheetNames).toEqual(["Actuals", "Budget"]);
    expect(again.actuals?.rows).toEqual([["2026-05-01", "Sato", 12, null, null, null, null, null]]);
  });

  it("gives an older Review Log the action columns after its seventh, moving the team's own column", async () => {
    const { planPath, out } = await exported(samplePlan());
    const wb = await readXlsx(out);
    const log = wb.getWorksheet("Review Log") as ExcelJS.Worksheet;
    // The layout of before the actions (7 columns), a column of the team's after it, one review row.
    const old = [
      "Review date",
      "KPI",
      "Plan to date",
      "Actual",
      "Achievement",
      "Bottleneck",
      "Actions / notes",
    ];
    for (let c = 1; c <= 20; c++) log.getCell(1, c).value = null;
    [...old, "Team memo"].forEach((h, i) => {
      log.getCell(1, i + 1).value = h;
    });
    ["2026-04-30", "Calls", 10, 75, 0.5, "", "focus", "ask Ito"].forEach((v, i) => {
      log.getCell(2, i + 1).value = v;
    });
    await wb.xlsx.writeFile(out);
    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code, r.stderr).toBe(0);
    const after = (await readXlsx(out)).getWorksheet("Review Log") as ExcelJS.Worksheet;
    const header = (after.getRow(1).values as unknown[]).slice(1);
    // H–L are ours now (Owner … Metric id); the team's column moved right, header and value kept.
    expect(header.slice(0, 7)).toEqual(old);
    expect(header[12]).toBe("Team memo");
    expect(after.getCell(2, 13).value).toBe("ask Ito");
    expect(after.getCell(2, 7).value).toBe("focus");
    expect(after.getCell(2, 8).value ?? null).toBeNull();
  });

  it("refuses to replace a workbook holding actuals without --update, leaving it as it was", async () => {
    const { planPath, out } = await exported(samplePlan());
    await typeIntoActuals(out, [{ Date: d("2026-04-06"), Rep: "Sato", Calls: 40 }]);
    const before = await readFile(out);
    const r = await runMain(["export", planPath, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1 row of actuals");
    expect(r.stderr).toContain("Use --update");
    expect((await readFile(out)).equals(before)).toBe(true);
  });

  it("follows a change of language: the sheets are renamed, the actuals kept", async () => {
    const ja = { ...samplePlan(), locale: "ja" as const };
    const { planPath, out } = await exported(ja);
    await typeIntoActuals(out, [{ 日付: d("2026-04-06"), 担当者: "Sato", Calls: 40, メモ: "メモ" }]);
    await writePlan(join(planPath, ".."), samplePlan());
    expect((await runMain(["export", planPath, "--out", out, "--update"])).code).toBe(0);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("Actuals");
    expect(wb.worksheets.map((w) => w.name)).not.toContain("実績");
    const { rows } = await actualsTable(out);
    expect(rows).toEqual([["2026-04-06", "Sato", 40, null, null, null, null, "メモ"]]);
  });
});
