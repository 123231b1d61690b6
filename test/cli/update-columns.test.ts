// export --update finds each Actuals column by its id (BRIEF §3.5: "Columns are tied to ids, not
// display names"): through the ACT_* defined name that spreadsheets move with the column, then the
// header it was written with, then its position. A column the user added stays, with its values,
// before Notes, which stays last.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";
import {
  actualsSheet,
  actualsTable,
  definedNames,
  insertColumn,
  readXlsx,
  runMain,
  tempDir,
  typeIntoActuals,
  writePlan,
} from "./helpers";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function exportedWithRows(plan: Plan) {
  const dir = await tempDir();
  const planPath = await writePlan(dir, plan);
  const out = join(dir, "kpi.xlsx");
  expect((await runMain(["export", planPath, "--out", out])).code).toBe(0);
  await typeIntoActuals(out, [
    { Date: d("2026-04-06"), Rep: "Sato", Calls: 40, Appointments: 4, Deals: 1, Notes: "first" },
    { Date: d("2026-04-07"), Rep: "Suzuki", Calls: 35, Meetings: 2, Notes: "second" },
  ]);
  return { planPath, out };
}

async function update(planPath: string, out: string) {
  const r = await runMain(["export", planPath, "--out", out, "--update"]);
  expect(r.code, r.stderr).toBe(0);
  return actualsTable(out);
}

/** Row n's value under `header` (exactly one column must carry it). */
function valueAt(t: { headers: string[]; rows: unknown[][] }, n: number, header: string): unknown {
  const cols = t.headers.flatMap((h, i) => (h === header ? [i] : []));
  expect(cols, `one "${header}" column in ${JSON.stringify(t.headers)}`).toHaveLength(1);
  return t.rows[n]?.[cols[0] as number];
}

describe("export --update ties Actuals columns to ids", () => {
  it("a column inserted in the middle keeps its values and shifts nothing", async () => {
    const { planPath, out } = await exportedWithRows(samplePlan());
    const wb = await readXlsx(out);
    expect(definedNames(wb).get("ACT_new_biz_calls")).toEqual(["Actuals!$C$2:$C$2001"]);
    insertColumn(actualsSheet(wb), 3, ["Region", "East", "West"]);
    expect(definedNames(wb).get("ACT_new_biz_calls")).toEqual(["Actuals!$D$2:$D$2001"]);
    await wb.xlsx.writeFile(out);

    const t = await update(planPath, out);
    expect(t.headers.filter((h) => h === "Notes")).toHaveLength(1);
    expect(t.headers.at(-1)).toBe("Notes");
    // In place: the team's column stays where they put it.
    expect(t.headers.slice(0, 4)).toEqual(["Date", "Rep", "Region", "Calls"]);
    expect([valueAt(t, 0, "Calls"), valueAt(t, 1, "Calls")]).toEqual([40, 35]);
    expect([valueAt(t, 0, "Appointments"), valueAt(t, 1, "Meetings")]).toEqual([4, 2]);
    expect(valueAt(t, 0, "Deals")).toBe(1);
    expect([valueAt(t, 0, "Region"), valueAt(t, 1, "Region")]).toEqual(["East", "West"]);
    expect([valueAt(t, 0, "Notes"), valueAt(t, 1, "Notes")]).toEqual(["first", "second"]);
    // The ranges the dashboard sums point at the live columns, where they are now.
    expect(definedNames(await readXlsx(out)).get("ACT_new_biz_calls")).toEqual(["Actuals!$D$2:$D$2001"]);

    // And a second run keeps everything where it is.
    expect(await update(planPath, out)).toEqual(t);
  });

  it("a renamed header keeps its column and values (the plan's name comes back)", async () => {
    const { planPath, out } = await exportedWithRows(samplePlan());
    const wb = await readXlsx(out);
    actualsSheet(wb).getCell("C1").value = "Dials";
    actualsSheet(wb).getCell("H1").value = "Comments";
    await wb.xlsx.writeFile(out);

    const t = await update(planPath, out);
    expect(t.headers).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
      "Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect([valueAt(t, 0, "Calls"), valueAt(t, 1, "Calls")]).toEqual([40, 35]);
    expect([valueAt(t, 0, "Notes"), valueAt(t, 1, "Notes")]).toEqual(["first", "second"]);
  });

  it("a manual KPI named like a stage keeps its own column", async () => {
    const plan = samplePlan();
    plan.kpis.push({
      id: "calls_logged",
      name: "Calls",
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { manual: true, target: 500 },
    } as Plan["kpis"][number]);
    const dir = await tempDir();
    const planPath = await writePlan(dir, plan);
    const out = join(dir, "kpi.xlsx");
    expect((await runMain(["export", planPath, "--out", out])).code).toBe(0);
    const wb = await readXlsx(out);
    const ws = actualsSheet(wb);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const [stage, manual] = headers.flatMap((h, i) => (h === "Calls" ? [i + 1] : []));
    expect([stage, manual]).toEqual([3, 8]);
    ws.getCell(2, 1).value = d("2026-04-06");
    ws.getCell(2, 2).value = "Sato";
    ws.getCell(2, stage as number).value = 40;
    ws.getCell(2, manual as number).value = 7;
    await wb.xlsx.writeFile(out);

    const t = await update(planPath, out);
    expect(t.headers.filter((h) => h === "Calls")).toHaveLength(2);
    expect(t.headers.every((h) => h !== "")).toBe(true);
    expect(t.rows[0]?.[2]).toBe(40);
    expect(t.rows[0]?.[7]).toBe(7);
  });

  it("a log over 2,000 rows: --update widens the ranges to read every row", async () => {
    const plan = samplePlan();
    const dir = await tempDir();
    const planPath = await writePlan(dir, plan);
    const out = join(dir, "kpi.xlsx");
    expect((await runMain(["export", planPath, "--out", out])).code).toBe(0);
    const wb = await readXlsx(out);
    const ws = actualsSheet(wb);
    const rows = 2_100;
    for (let r = 2; r <= rows + 1; r++) {
      ws.getCell(r, 1).value = d("2026-04-06");
      ws.getCell(r, 2).value = "Sato";
      ws.getCell(r, 3).value = 1;
    }
    await wb.xlsx.writeFile(out);

    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Kept ${rows} rows`);
    const names = definedNames(await readXlsx(out));
    expect(names.get("ACT_DATE")).toEqual(["Actuals!$A$2:$A$4001"]);
    expect(names.get("ACT_new_biz_calls")).toEqual(["Actuals!$C$2:$C$4001"]);
    expect((await actualsTable(out)).rows.filter((x) => x[2] === 1)).toHaveLength(rows);
  });
});
