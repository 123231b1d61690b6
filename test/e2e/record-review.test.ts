// Record a review from the menu, in the sidebar: the panel names the Dashboard's bottleneck and
// offers the playbook's remedies; one is ticked, an owner typed, the review recorded — and the
// Review Log of the preview holds the action's row, aimed at the bottleneck's rate, measured before.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { R } from "../../src/client/strings-review";
import { playbookRow } from "../../src/domain/playbook";
import { templatePlan } from "../../src/domain/templates";
import { menuText } from "../../src/server/text";
import { L, sheetNames } from "../../src/workbook/labels";
import { gridTexts, openTab } from "../preview/support";
import { launchChromium, openRun, sheet, workbook } from "./support";

const plan = templatePlan("inside_sales_minimal", "en");
/** The rate from calls to appointments: the metric key of the bottleneck below. */
const RATE = "rate:outbound.calls";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Record a review in the sidebar (en)", () => {
  it("records a playbook remedy as an action on the bottleneck's rate, shown in the Review Log", async () => {
    const run = await openRun(browser, "en", plan);
    try {
      // 200 calls → 5 appointments (2.5% against 5%: 0.5) → 4 meetings (80%: 1.0) → 1 deal (25%:
      // 1.0): the bottleneck is Calls, the rate into appointments. As of the same day.
      const day = plan.period.start;
      run.preview.session.writeCells(sheetNames.actuals.en, "A2", [[day, "Alex", "200", "5", "4", "1"]]);
      run.preview.session.writeCells(sheetNames.dashboard.en, "B2", [[day]]);
      await run.page.getByRole("button", { name: menuText.recordReview.en, exact: true }).click();
      const panel = run.wizard;
      await panel.getByRole("heading", { level: 2, name: R.title.en, exact: true }).waitFor();
      await panel.getByText(`Bottleneck: Calls (Calls → Appointments rate)`, { exact: true }).waitFor();

      const remedy = playbookRow("appointment_rate").remedies[1]?.en as string;
      await panel.getByRole("checkbox", { name: remedy, exact: true }).check();
      await panel.getByLabel(R.owner.en, { exact: true }).fill("Alex");
      await panel.getByRole("button", { name: R.record.en, exact: true }).click();
      // The KGI and three KPIs, and the action.
      await panel
        .getByRole("status")
        .filter({ hasText: `Added 5 rows to the Review Log, 1 of them an action (as of ${day}).` })
        .waitFor();

      await openTab(run.page, sheetNames.review.en);
      const grid = await gridTexts(run.page);
      const row = grid.find((r) => r.includes(remedy));
      expect(row, JSON.stringify(grid.slice(0, 8))).toBeDefined();
      const header = grid.find((r) => r.includes(L.owner.en)) ?? [];
      const at = (label: string) => row?.[header.indexOf(label)];
      expect(at(L.kpi.en)).toBe("Calls → Appointments rate");
      expect(at(L.owner.en)).toBe("Alex");
      expect(at(L.metricKey.en)).toBe(RATE);
      // Before: the action's day alone (the period starts on it): 5 ÷ 200 = 2.5%; after: not yet.
      expect(at(L.effectBefore.en)).toBe("2.5%");
      expect(at(L.effectAfter.en)).toBe("");
      const formulas = sheet(await workbook(run), "review", "en").formulas;
      expect(formulas.some((r) => r.some((f) => f.includes("ACTION_WINDOW_PERIODS")))).toBe(true);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
