// Names full of markup and formula syntax show exactly as typed: in the wizard as text (no element
// made from them, no script run, no dialog), and after Generate in the sheets as text, never parsed
// as a formula or a number.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S } from "../../src/client/strings";
import { templates } from "../../src/domain/templates";
import { sheetNames } from "../../src/workbook/labels";
import {
  applyTemplate,
  expectOurTabs,
  field,
  fillKgi,
  generate,
  launchChromium,
  next,
  openRun,
  sheet,
  startNewPlan,
  workbook,
} from "./support";

const REP = "<img src=x onerror=alert(1)>";
const STAGE = '=HYPERLINK("http://x","y")';
const KFS = "@SUM(A1)";
const TITLE = "+81 3-1234";
const KPI = "-1+2<script>alert(2)</script>";
const TEMPLATE = templates.find((x) => x.id === "inside_sales_minimal");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("names full of HTML and formula syntax (ja)", () => {
  it("show as typed in the wizard and, after Generate, in the sheets", async () => {
    if (!TEMPLATE) throw new Error("no inside_sales_minimal template");
    const run = await openRun(browser, "ja");
    try {
      const frame = run.page.frame({ url: /\/sidebar$/ });
      if (!frame) throw new Error("no sidebar frame");
      const scripts = () => frame.evaluate(() => document.scripts.length);
      const before = await scripts();
      await startNewPlan(run);
      await fillKgi(run, { name: "年間受注額", target: "120,000,000", unit: "JPY" });
      await field(run, run.t(S.planTitle)).fill(TITLE);
      await next(run, "template");
      await applyTemplate(run, TEMPLATE.title);
      await next(run, "process");
      await field(run, run.t(S.stageName, { n: 1 })).fill(STAGE);
      // The rate's label and the live calculation quote the stage name as text.
      await field(run, run.t(S.stageRate, { from: STAGE, to: "アポ獲得" })).waitFor();
      const calc = run.wizard.getByRole("status", { name: run.t(S.calcTitle) });
      await expect.poll(() => calc.innerText()).toContain(`${STAGE} 12,000件`);
      await next(run, "kfs");
      await field(run, run.t(S.kfsName, { n: 1 })).fill(KFS);
      await next(run, "kpis");
      await field(run, run.t(S.kpiName)).first().fill(KPI);
      await run.wizard.getByRole("group", { name: run.t(S.kpiLegend, { n: 1, name: KPI }) }).waitFor();
      await next(run, "team");
      const team = field(run, run.t(S.teamList));
      await team.fill(`${REP}\n鈴木\n高橋`);
      const read = run.wizard.getByRole("list", { name: run.t(S.teamReadList) });
      await expect.poll(() => read.getByRole("listitem").allInnerTexts()).toEqual([REP, "鈴木", "高橋"]);
      await next(run, "review");
      const summary = await run.wizard.locator("dl.summary").innerText();
      for (const text of [TITLE, KFS, KPI]) expect(summary).toContain(text);

      // Nothing typed became markup or ran.
      expect(await frame.evaluate(() => document.images.length)).toBe(0);
      expect(await scripts()).toBe(before);
      expect(run.dialogs).toEqual([]);

      await generate(run);
      await expectOurTabs(run);

      // In the sheets: every payload is a cell's text exactly, and none is any cell's formula.
      const wb = await workbook(run);
      const cells = wb.sheets.flatMap((s) =>
        s.display.flatMap((row, r) =>
          row.map((display, c) => ({ sheet: s.name, display, formula: s.formulas[r]?.[c] ?? "" })),
        ),
      );
      for (const text of [REP, STAGE, KFS, TITLE, KPI]) {
        const plain = cells.filter((x) => x.display === text && x.formula === "");
        expect(plain.length, `${text} as a value`).toBeGreaterThan(0);
        expect(cells.filter((x) => x.formula === text)).toEqual([]);
      }
      expect(cells.filter((x) => /HYPERLINK|SUM\(A1\)|alert/.test(x.formula))).toEqual([]);
      // Where a user looks for them: the title on top of Targets, the stage on Targets and as an
      // Actuals header, the rep on Assumptions, the KFS and the KPI on the KPI tree.
      const targets = sheet(wb, "targets", "ja");
      expect(targets.display[0]?.[0]).toBe(TITLE);
      expect(targets.display.some((r) => r[1] === STAGE)).toBe(true);
      expect(sheet(wb, "actuals", "ja").display[0]).toContain(STAGE);
      expect(sheet(wb, "assumptions", "ja").display.some((r) => r.includes(REP))).toBe(true);
      const tree = sheet(wb, "tree", "ja").display;
      expect(tree.some((r) => r.includes(KFS))).toBe(true);
      expect(tree.some((r) => r.includes(KPI))).toBe(true);

      // And on the page's grid, as text.
      await run.page.getByRole("tab", { name: sheetNames.assumptions.ja, exact: true }).click();
      await run.page.locator(`table.grid[data-sheet="${sheetNames.assumptions.ja}"]`).waitFor();
      await run.page.locator("table.grid td", { hasText: REP }).first().waitFor();
      await run.page.getByRole("tab", { name: sheetNames.targets.ja, exact: true }).click();
      await run.page.locator(`table.grid[data-sheet="${sheetNames.targets.ja}"]`).waitFor();
      expect(await run.page.locator('table.grid td[data-a1="A1"]').innerText()).toBe(TITLE);
      await run.page.locator("table.grid td", { hasText: STAGE }).first().waitFor();
      expect(await run.page.locator("table.grid img, table.grid a, table.grid script").count()).toBe(0);
      expect(run.dialogs).toEqual([]);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
