// export --update with a new plan over actuals kept under another (BRIEF §3.5): the command line
// cannot ask, so --log keep|archive decides, and without it nothing is written.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";
import { actualsTable, readXlsx, runMain, tempDir, typeIntoActuals, writePlan } from "./helpers";

function grossProfitPlan(): Plan {
  const plan = samplePlan();
  plan.title = "FY2026 gross profit";
  plan.kgi = { name: "Gross profit", target: 30_000_000, unit: "JPY" };
  plan.streams[0]!.dealValue = 250_000;
  return plan;
}

async function withLog() {
  const dir = await tempDir();
  const planPath = await writePlan(dir, samplePlan());
  const out = join(dir, "kpi.xlsx");
  expect((await runMain(["export", planPath, "--out", out])).code).toBe(0);
  await typeIntoActuals(out, [
    { Date: new Date(Date.UTC(2026, 3, 1)), Rep: "Sato", Calls: 40, "Annual revenue (JPY)": 1_000_000 },
  ]);
  await writePlan(dir, grossProfitPlan());
  return { planPath, out };
}

describe("export --update with a new plan", () => {
  it("without --log: says why, names both choices, writes nothing (exit 1)", async () => {
    const { planPath, out } = await withLog();
    const before = await readFile(out);
    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1 row(s) of actuals under another plan (FY2026 inside sales");
    expect(r.stderr).toContain("--log keep");
    expect(r.stderr).toContain("--log archive");
    expect((await readFile(out)).equals(before)).toBe(true);
  });

  it("--log keep: the old KGI's column is archived, the new KGI's is empty", async () => {
    const { planPath, out } = await withLog();
    const r = await runMain(["export", planPath, "--out", out, "--update", "--log", "keep"]);
    expect(r.code, r.stderr).toBe(0);
    const { headers, rows } = await actualsTable(out);
    const old = headers.indexOf("[archived] Annual revenue (JPY)");
    const kgi = headers.indexOf("Gross profit (JPY)");
    expect(rows[0]?.[old]).toBe(1_000_000);
    expect(rows[0]?.[kgi] ?? null).toBeNull();
    expect(rows[0]?.[headers.indexOf("Calls")]).toBe(40);
  });

  it("--log archive: the log moves to a sheet of its own, the new Actuals is empty", async () => {
    const { planPath, out } = await withLog();
    const r = await runMain(["export", planPath, "--out", out, "--update", "--log", "archive"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Moved the actuals to the sheet Actuals 2026-04-01–2027-03-31");
    const wb = await readXlsx(out);
    const archived = wb.getWorksheet("Actuals 2026-04-01–2027-03-31");
    expect(archived?.getCell("B2").value).toBe("Sato");
    expect((await actualsTable(out)).rows).toEqual([]);
  });

  it("refuses a --log that is neither keep nor archive (exit 2)", async () => {
    const { planPath, out } = await withLog();
    const r = await runMain(["export", planPath, "--out", out, "--update", "--log", "merge"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--log must be keep or archive");
  });
});
