// "Use my team's rates" in Debian's Chromium against the local preview: a spreadsheet where the plan
// was generated and the team's log typed into Actuals; the wizard edits the stored plan, fills the
// rates the log has enough of through the built dist/Code.js (kpiTeamRates over the fakes), shows
// each interval, warns about a rate typed above it, and generates the plan with that history.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S } from "../../src/client/strings";
import { TR } from "../../src/client/strings-team-rates";
import { templatePlan } from "../../src/domain/templates";
import { menuText } from "../../src/server/text";
import { sheetNames } from "../../src/workbook/labels";
import { expectStep, field, generate, launchChromium, openRun, stepName, storedPlan } from "./support";

const plan = templatePlan("inside_sales_minimal", "en");

// Date, Rep, Calls, Appointments, Meetings, Deals. Calls 4 × 60 = 240, appointments 4 × 6 = 24
// (10%: Wilson 90% 7.25–13.64%, see test/server/team-rates); meetings 3+3+2+2 = 10 of 24 appointments
// and deals 1+1+1+0 = 3 of 10 meetings: too few to offer.
const LOG = [
  ["2026-04-01", "Alex", 60, 6, 3, 1],
  ["2026-04-02", "Sam", 60, 6, 3, 1],
  ["2026-04-03", "Jordan", 60, 6, 2, 1],
  ["2026-04-06", "Alex", 60, 6, 2, 0],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Use my team's rates (en, Chromium)", () => {
  it("fills the calls' rate from the log with its interval, keeps the others, and generates with the history", async () => {
    const run = await openRun(browser, "en", plan);
    try {
      const r = await fetch(new URL("/api/cells", run.preview.url), {
        method: "POST",
        body: JSON.stringify({ sheet: sheetNames.actuals.en, a1: "A2", values: LOG }),
      });
      expect(r.status).toBe(200);
      await run.page.getByRole("button", { name: menuText.openWizard.en, exact: true }).click();
      await run.wizard.getByRole("button", { name: run.t(S.editStored), exact: true }).click();
      await expectStep(run, "kgi");
      await run.wizard.getByRole("button", { name: stepName(run, "process"), exact: true }).click();
      await expectStep(run, "process");

      const calls = field(run, "Rate from “Calls” to “Appointments” (%)");
      const appointments = field(run, "Rate from “Appointments” to “Meetings” (%)");
      expect(await calls.inputValue()).toBe("5");
      await run.wizard.getByRole("button", { name: TR.use.en, exact: true }).click();
      await run.wizard.getByText("Filled 1 rate from 4 rows of the log.").waitFor();
      expect(await calls.inputValue()).toBe("10");
      expect(await appointments.inputValue()).toBe("80");
      const described = async (input: typeof calls) => {
        const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
        const texts = await Promise.all(ids.map((id) => run.wizard.locator(`[id="${id}"]`).innerText()));
        return texts.join(" ");
      };
      expect(await described(calls)).toContain("Team's history 10.0% (90%: 7.2–13.6%, n = 240)");
      expect(await described(appointments)).toContain("Not enough history (n = 24): kept as typed");

      // Above the interval's high end: the SMART lint names the interval at the field.
      await calls.fill("14");
      await run.wizard
        .getByText("above the 90% range of your history, 7.2–13.6% (n = 240)")
        .first()
        .waitFor();

      await run.wizard.getByRole("button", { name: stepName(run, "review"), exact: true }).click();
      await expectStep(run, "review");
      await generate(run);
      const stage = storedPlan(run).streams[0]?.stages[0];
      expect(stage).toMatchObject({ id: "calls", rate: 0.14, historyRate: 0.1, historyCount: 240 });
      expect(run.calls).toContain("kpiTeamRates");
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
