// export --update into a workbook whose own defined names the KPI sheets need: refused, file untouched.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { runMain, tempDir, writePlan } from "./helpers";

describe("export --update with the user's own defined names", () => {
  it("refuses to take KGI_TARGET from the user's Budget sheet, with exit code 1 and nothing written", async () => {
    const dir = await tempDir();
    const planPath = await writePlan(dir, samplePlan());
    const out = join(dir, "theirs.xlsx");
    const theirs = new ExcelJS.Workbook();
    theirs.addWorksheet("Budget").getCell("A1").value = 5_000_000;
    theirs.definedNames.add("Budget!$A$1", "KGI_TARGET");
    theirs.definedNames.add("Budget!$A$1", "MY_NUMBER");
    await theirs.xlsx.writeFile(out);
    const before = await readFile(out);

    const r = await runMain(["export", planPath, "--out", out, "--update"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("KGI_TARGET → Budget!A1");
    expect(r.stderr).toContain("Name Manager");
    expect(r.stderr).toContain("run export --update again");
    expect(r.stderr).not.toContain("Data → Named ranges");
    expect(r.stderr).toContain("名前付き範囲");
    expect((await readFile(out)).equals(before)).toBe(true);
  });
});
