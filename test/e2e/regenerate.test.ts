// Generating again keeps the actuals: a spreadsheet with a plan and a row the team typed into Actuals;
// the wizard edits the stored plan (a new goal), says the row will be kept, generates, and the row is
// still there while the targets follow the new goal.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counted, S } from "../../src/client/strings";
import { planFunnel } from "../../src/domain/funnel";
import { templatePlan } from "../../src/domain/templates";
import { menuText } from "../../src/server/text";
import { sheetNames } from "../../src/workbook/labels";
import { cellText, openTab, typeRow } from "../preview/support";
import {
  count,
  expectStep,
  field,
  generate,
  launchChromium,
  openRun,
  sheet,
  stepName,
  storedPlan,
  workbook,
} from "./support";

const plan = templatePlan("inside_sales_minimal", "ja");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("generating again from the wizard (ja)", () => {
  it("edits the stored plan and keeps the actuals already entered", async () => {
    const run = await openRun(browser, "ja", plan);
    try {
      const actuals = sheetNames.actuals.ja;
      await openTab(run.page, actuals);
      await typeRow(run.page, "A2", [plan.period.start, "佐藤", "40"]);
      await expect.poll(() => cellText(run.page, "C2")).toBe("40");
      // Reopen the sidebar from the menu: it now knows about the row.
      await run.page.getByRole("button", { name: menuText.openWizard.ja, exact: true }).click();
      const kept = run.t(counted(S.actualsKept, 1), { n: 1 });
      await run.wizard.getByText(kept, { exact: true }).waitFor();

      await run.wizard.getByRole("button", { name: run.t(S.editStored), exact: true }).click();
      await expectStep(run, "kgi");
      const target = field(run, run.t(S.kgiTarget));
      expect(await target.inputValue()).toBe(String(plan.kgi.target));
      await target.fill("96000000");
      await run.wizard.getByRole("button", { name: stepName(run, "review"), exact: true }).click();
      await expectStep(run, "review");
      await run.wizard.getByText(kept, { exact: true }).waitFor();
      await generate(run);
      await run.wizard.getByText(run.t(counted(S.keptRows, 1), { n: 1 }), { exact: true }).waitFor();

      const stored = storedPlan(run);
      expect(stored.kgi.target).toBe(96_000_000);
      const wb = await workbook(run);
      const log = sheet(wb, "actuals", "ja").display;
      expect(log[1]?.slice(0, 3)).toEqual([plan.period.start, "佐藤", "40"]);
      const targets = sheet(wb, "targets", "ja").display;
      for (const stage of planFunnel(stored)[0]?.stages ?? []) {
        expect(count(targets.find((r) => r[1] === stage.name)?.[3]), stage.name).toBe(stage.required);
      }
      expect(planFunnel(stored)[0]?.stages[0]?.required).toBe(9_600);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
