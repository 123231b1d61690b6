// The command line as a user runs it: `node bin/kpi-designer.mjs ...` (BRIEF §3.6).
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { sheetValues } from "../../src/cli/xlsx-reader";
import { planFunnel } from "../../src/domain/funnel";
import { templateIds, templatePlan, templates } from "../../src/domain/templates";
import { rectA1 } from "../../src/workbook/a1";
import { buildWorkbook } from "../../src/workbook/build";
import { readMeta } from "../../src/workbook/meta";
import { samplePlan } from "../fixtures/plans";
import { definedNames, hasStackTrace, readXlsx, runCli, runMain, tempDir, writePlan } from "./helpers";

let dir: string;
let planPath: string;
beforeAll(async () => {
  dir = await tempDir();
  planPath = await writePlan(dir, samplePlan());
});

describe.concurrent("kpi-designer", () => {
  it("prints usage with --help, and the version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["check", "funnel", "export", "status", "template"])
      expect(help.stdout).toContain(`kpi-designer ${c}`);
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(["check", "funnel", "export", "template"])("has --help for %s", async (command) => {
    const r = command === "export" ? await runCli([command, "--help"]) : await runMain([command, "-h"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: kpi-designer ${command}`);
  });

  // Unknown commands and options, missing and repeated values, conflicting options: flags.test.ts.

  describe("check", () => {
    it("exits 0 on a valid plan", async () => {
      const r = await runCli(["check", planPath]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("valid plan");
      expect(r.stdout).toContain("有効なプラン");
    });

    it("exits 1 on lint errors, naming the field", async () => {
      const plan = { ...samplePlan(), kpis: [] };
      const r = await runCli(["check", await writePlan(dir, plan, "lint-error.json")]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^error\s+kpis: /m);
      expect(r.stdout).toContain("(kpi-none)");
    });

    it("exits 0 with lint warnings printed", async () => {
      const plan = samplePlan();
      plan.kpis = plan.kpis.slice(0, 1); // one KPI: fewer than 3 is a warning
      const r = await runCli(["check", await writePlan(dir, plan, "warning.json")]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^warning\s+kpis/m);
    });

    it("exits 2 on schema problems, each with its field path, English then Japanese, no stack", async () => {
      const plan = samplePlan() as unknown as { streams: { stages: { rate?: unknown }[] }[]; title?: string };
      (plan.streams[0]!.stages[1] as { rate: unknown }).rate = 50;
      delete plan.title;
      const r = await runCli(["check", await writePlan(dir, plan, "schema.json")]);
      expect(r.code).toBe(2);
      const line = r.stderr.split("\n").find((l) => l.trim().startsWith("streams[0].stages[1].rate: "));
      expect(line).toMatch(/must be a fraction greater than 0 and at most 1 \(got 50\)/);
      const next = r.stderr.split("\n")[r.stderr.split("\n").indexOf(line as string) + 1] ?? "";
      expect(next).toContain("0より大きく1以下");
      expect(r.stderr).toMatch(/^\s+title: is required/m);
      expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
    });

    it("exits 2 on bad JSON with line and column", async () => {
      const path = join(dir, "bad.json");
      await writeFile(path, '{\n  "version": 1,\n  "title": "x",,\n}\n');
      const r = await runCli(["check", path]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${path}:3:16: not valid JSON`);
      expect(r.stderr).toContain("3 行 16 列目");
      expect(hasStackTrace(r.stderr)).toBe(false);
    });

    it("exits 2 on a file that cannot be read", async () => {
      const missing = await runCli(["check", join(dir, "nope.json")]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("no such file");
      expect(missing.stderr).toContain("ファイルがありません");
      const folder = await runCli(["check", dir]);
      expect(folder.code).toBe(2);
      expect(hasStackTrace(missing.stderr + folder.stderr)).toBe(false);
    });
  });

  describe("funnel", () => {
    it("prints exactly { streams: [ { id, stages: [ { id, name, required } ] } ] } with --json", async () => {
      const r = await runCli(["funnel", planPath, "--json"]);
      expect(r.code).toBe(0);
      const expected = {
        streams: planFunnel(samplePlan()).map((s) => ({
          id: s.id,
          stages: s.stages.map((g) => ({ id: g.id, name: g.name, required: g.required })),
        })),
      };
      expect(JSON.parse(r.stdout)).toStrictEqual(expected);
      expect(expected.streams[0]!.stages.map((s) => s.required)).toEqual([9600, 960, 480, 120]);
    });

    it("prints a readable table", async () => {
      const r = await runCli(["funnel", planPath]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/calls\s+Calls\s+10%\s+9,600/);
      expect(r.stdout).toMatch(/deals\s+Deals\s+120/);
    });

    it("exits 2 on an invalid plan", async () => {
      const r = await runCli(["funnel", join(dir, "nope.json"), "--json"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    });
  });

  describe("template", () => {
    it("lists every template with its title in the locale", async () => {
      const en = await runCli(["template", "--locale", "en"]);
      const ja = await runCli(["template"], { env: { LANG: "ja_JP.UTF-8" } });
      expect(en.code).toBe(0);
      expect(ja.code).toBe(0);
      for (const t of templates) {
        expect(en.stdout).toMatch(new RegExp(`^${t.id}\\s+${t.kind}\\s+${escapeRe(t.title.en)}$`, "m"));
        expect(ja.stdout).toMatch(new RegExp(`^${t.id}\\s+${t.kind}\\s+${escapeRe(t.title.ja)}$`, "m"));
      }
      const c = await runCli(["template"], { env: { LANG: "C.UTF-8" } });
      expect(c.stdout).toContain(templates[0]!.title.en);
    });

    it("prints a template as a plan file that check accepts (2-space JSON)", async () => {
      const r = await runCli(["template", "inside_sales", "--locale", "ja"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toStrictEqual(templatePlan("inside_sales", "ja"));
      expect(r.stdout).toBe(`${JSON.stringify(templatePlan("inside_sales", "ja"), null, 2)}\n`);
      const path = join(dir, "from-template.json");
      await writeFile(path, r.stdout);
      const checked = await runCli(["check", path]);
      expect(checked.code).toBe(0);
    });

    it("prints every template in both locales as a plan file", async () => {
      for (const id of templateIds) {
        for (const locale of ["ja", "en"] as const) {
          const r = await runMain(["template", id, `--locale=${locale}`]);
          expect(r.code, id).toBe(0);
          expect(JSON.parse(r.stdout)).toStrictEqual(templatePlan(id, locale));
        }
      }
    });

    it("lists the KPIs a template offers on stderr, and adds the ones named by --add", async () => {
      const plain = await runMain(["template", "inside_sales", "--locale=en"]);
      expect(plain.stderr).toMatch(/^KPIs you can add \(e\.g\. --add emails,reply_rate,/m);
      expect(plain.stderr).toMatch(/^reply_rate\s+/m);
      const r = await runMain(["template", "inside_sales", "--locale=en", "--add", "reply_rate, emails"]);
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout);
      expect(plan).toStrictEqual(templatePlan("inside_sales", "en", { extraKpis: ["reply_rate", "emails"] }));
      const ids = plan.kpis.map((k: { id: string }) => k.id);
      expect(ids).toEqual(expect.arrayContaining(["reply_rate", "emails", "calls"]));
      expect(ids).toHaveLength(templatePlan("inside_sales", "en").kpis.length + 2);
      // What is left to add is still listed; what was added is not.
      expect(r.stderr).not.toMatch(/^reply_rate\s/m);
      expect(r.stderr).toMatch(/^nurturing_rate\s/m);
      const path = join(dir, "with-extras.json");
      await writeFile(path, r.stdout);
      expect((await runCli(["check", path])).code).toBe(0);
      const bad = await runMain(["template", "inside_sales", "--add", "calls,nope"]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe("");
      expect(bad.stderr).toContain("calls, nope");
      expect(bad.stderr).toContain("reply_rate");
    });

    it("exits 2 on an unknown template or locale", async () => {
      const id = await runCli(["template", "nope"]);
      expect(id.code).toBe(2);
      expect(id.stderr).toContain("inside_sales");
      const locale = await runCli(["template", "--locale", "fr"]);
      expect(locale.code).toBe(2);
    });
  });

  describe("export", () => {
    it("writes a workbook with every sheet, the named ranges and the hidden data sheet", async () => {
      const out = join(dir, "plan.xlsx");
      const r = await runCli(["export", planPath, "--out", out]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
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
      ]);
      const data = wb.getWorksheet("KPI Designer Data")!;
      expect(data.state).toBe("hidden");
      const meta = readMeta(sheetValues(data));
      expect(meta.sheets.actuals).toBe("Actuals");
      expect(meta.plan).toStrictEqual(JSON.parse(JSON.stringify(samplePlan())));
      const names = definedNames(wb);
      expect(names.get("KGI_TARGET")).toEqual(["Assumptions!$B$6"]);
      for (const s of samplePlan().streams)
        for (const g of s.stages) expect(names.get(`REQ_${s.id}_${g.id}`)?.[0]).toMatch(/^Targets!\$D\$\d+$/);
      const spec = buildWorkbook(samplePlan());
      expect([...names.keys()].sort()).toEqual(spec.namedRanges.map((n) => n.name).sort());
      for (const n of spec.namedRanges) {
        const sheet = spec.sheets.find((s) => s.key === n.sheet)!;
        expect(names.get(n.name)?.map((r) => r.replace(/'/g, ""))).toEqual([
          `${sheet.name}!${rectA1(n.rect)}`,
        ]);
      }
      const assumptions = wb.getWorksheet("Assumptions")!;
      expect(assumptions.getCell("B6").value).toBe(120_000_000);
      const actuals = wb.getWorksheet("Actuals")!;
      expect(actuals.getRow(1).values).toEqual([
        undefined,
        "Date",
        "Rep",
        "Calls",
        "Appointments",
        "Meetings",
        "Deals",
        "Annual revenue (JPY)",
        "Notes",
      ]);
    });

    it("writes nothing for an invalid plan (2) or a plan with lint errors (1)", async () => {
      const sub = join(dir, "nothing");
      await mkdir(sub);
      const broken = await writePlan(sub, { ...samplePlan(), version: 2 }, "invalid.json");
      const invalid = await runCli(["export", broken, "--out", join(sub, "a.xlsx")]);
      const bad = await writePlan(sub, { ...samplePlan(), kpis: [] }, "lint.json");
      const lint = await runCli(["export", bad, "--out", join(sub, "b.xlsx")]);
      expect([invalid.code, lint.code]).toEqual([2, 1]);
      expect((await readdir(sub)).sort()).toEqual(["invalid.json", "lint.json"]);
    });

    it("gives a clear error for a path it cannot write, and leaves nothing behind", async () => {
      const noFolder = join(dir, "no-such-folder", "x.xlsx");
      const a = await runCli(["export", planPath, "--out", noFolder]);
      expect(a.code).toBe(1);
      expect(a.stderr).toContain(
        `cannot write ${noFolder}: the folder ${join(dir, "no-such-folder")} does not exist`,
      );
      // /proc exists but takes no new files: the reason is not "does not exist"
      const proc = await runCli(["export", planPath, "--out", "/proc/x.xlsx"]);
      expect(proc.code).toBe(1);
      expect(proc.stderr).toContain("files cannot be created in the folder /proc");
      const folder = join(dir, "a-folder.xlsx");
      await mkdir(folder);
      const b = await runCli(["export", planPath, "--out", folder]);
      expect(b.code).toBe(1);
      expect(b.stderr).toContain("it is a folder");
      expect(b.stderr).toContain("フォルダー");
      expect(await readdir(folder)).toEqual([]);
      expect(hasStackTrace(a.stderr + b.stderr)).toBe(false);
    });

    it("refuses to overwrite a file holding data without --update, and --update on a missing file", async () => {
      const sub = join(dir, "refuse");
      await mkdir(sub);
      const notOurs = join(sub, "theirs.xlsx");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Budget").getCell("A1").value = 42;
      await wb.xlsx.writeFile(notOurs);
      const r = await runCli(["export", planPath, "--out", notOurs]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Use --update");
      expect((await readXlsx(notOurs)).worksheets.map((w) => w.name)).toEqual(["Budget"]);

      // A file that is no workbook under the .xlsx name (another extension is a usage error: flags.test.ts).
      const text = join(sub, "notes.xlsx");
      await writeFile(text, "hello");
      const t = await runCli(["export", planPath, "--out", text]);
      expect(t.code).toBe(1);
      expect(t.stderr).toContain("already exists and is not an .xlsx workbook: not overwriting it");
      expect(await readFile(text, "utf8")).toBe("hello");

      const missing = await runCli(["export", planPath, "--out", join(sub, "missing.xlsx"), "--update"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("does not exist");
      expect(existsSync(join(sub, "missing.xlsx"))).toBe(false);

      // Our own workbook with no actuals and no other sheets is simply replaced.
      const ours = join(sub, "ours.xlsx");
      expect((await runCli(["export", planPath, "--out", ours])).code).toBe(0);
      expect((await runCli(["export", planPath, "--out", ours])).code).toBe(0);
    });
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
