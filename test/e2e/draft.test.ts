// Reopening keeps the draft: a few steps filled in, then the sidebar reloaded (its iframe), closed and
// opened again from the add-on menu, or the whole page reloaded — the values are all still there,
// at the step the user left. "Discard draft" clears them, for good.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftKey } from "../../src/client/draft";
import { S } from "../../src/client/strings";
import { templates } from "../../src/domain/templates";
import { DEFAULT_SPREADSHEET_ID } from "../../src/local/apps-script";
import { menuText } from "../../src/server/text";
import {
  applyTemplate,
  expectStep,
  field,
  fillKgi,
  launchChromium,
  next,
  openRun,
  type Run,
  startNewPlan,
  stepName,
} from "./support";

const TEMPLATE = templates.find((x) => x.id === "inside_sales");
const KGI = { name: "下期の受注額", target: "80,000,000", unit: "JPY" };
const KFS = "架電リストの質を上げる";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const goto = async (run: Run, step: "kgi" | "template" | "process" | "kfs") => {
  await run.wizard.getByRole("button", { name: stepName(run, step), exact: true }).click();
  await expectStep(run, step);
};

const banner = (run: Run) => run.wizard.getByRole("region", { name: run.t(S.draftRestoredLabel) });
const firstRate = (run: Run) => run.wizard.locator("#f-streams-0-stages-0-rate");
/** The preview's spreadsheet keeps its draft under its own id (every spreadsheet shares the storage). */
const savedDraft = (run: Run) =>
  run.page.evaluate((key) => window.localStorage.getItem(key), draftKey(DEFAULT_SPREADSHEET_ID));

/** Every value typed before reopening, checked step by step. */
async function expectDraft(run: Run): Promise<void> {
  await banner(run).waitFor();
  expect(await banner(run).innerText()).toContain(run.t(S.draftRestored));
  // Back at the step the user left.
  await expectStep(run, "kfs");
  expect(await field(run, run.t(S.kfsName, { n: 1 })).inputValue()).toBe(KFS);
  await goto(run, "kgi");
  expect(await field(run, run.t(S.kgiName)).inputValue()).toBe(KGI.name);
  expect(await field(run, run.t(S.kgiTarget)).inputValue()).toBe(KGI.target);
  expect(await field(run, run.t(S.kgiUnit)).inputValue()).toBe(KGI.unit);
  await goto(run, "template");
  expect(await run.wizard.getByRole("radio", { name: run.t(TEMPLATE!.title), exact: true }).isChecked()).toBe(
    true,
  );
  await goto(run, "process");
  expect(await firstRate(run).inputValue()).toBe("7.5");
  await goto(run, "kfs");
}

describe("reopening the sidebar keeps the draft (ja)", () => {
  it("restores what was typed after a reload, a close and reopen, and a page reload; discard clears it", async () => {
    if (!TEMPLATE) throw new Error("no inside_sales template");
    const run = await openRun(browser, "ja");
    try {
      await startNewPlan(run);
      await fillKgi(run, KGI);
      await next(run, "template");
      await applyTemplate(run, TEMPLATE.title);
      await next(run, "process");
      await firstRate(run).fill("7.5");
      await next(run, "kfs");
      await field(run, run.t(S.kfsName, { n: 1 })).fill(KFS);
      await expect.poll(async () => (await savedDraft(run)) ?? "").toContain(KFS);

      // 1. The sidebar's page reloaded, as when Sheets reloads the add-on.
      const frame = run.page.frame({ url: /\/sidebar$/ });
      if (!frame) throw new Error("no sidebar frame");
      await frame.goto(frame.url());
      await expectDraft(run);

      // 2. Closed, then opened again from the add-on menu.
      await banner(run)
        .getByRole("button", { name: run.t(S.keepDraft) })
        .click();
      await banner(run).waitFor({ state: "detached" });
      await run.page.locator("#sidebar-close").click();
      await run.page.locator("#sidebar").waitFor({ state: "hidden" });
      await run.page.getByRole("button", { name: menuText.openWizard.ja, exact: true }).click();
      await expectDraft(run);

      // 3. The whole spreadsheet reloaded. The start step offers to continue the plan in progress.
      await run.page.reload();
      await expectDraft(run);
      await goto(run, "kgi");
      await run.wizard.getByRole("button", { name: stepName(run, "start"), exact: true }).click();
      await expectStep(run, "start");
      expect(
        await run.wizard.getByText(run.t(S.continueDraftText, { name: KGI.name }), { exact: true }).count(),
      ).toBe(1);

      // Discard: back to an empty new plan, and nothing comes back on the next reload.
      await banner(run)
        .getByRole("button", { name: run.t(S.discardDraft), exact: true })
        .click();
      await banner(run).waitFor({ state: "detached" });
      await expectStep(run, "start");
      await expect.poll(() => savedDraft(run)).toBe(null);
      expect(await run.wizard.getByRole("button", { name: run.t(S.continueDraft) }).count()).toBe(0);
      await run.page.reload();
      await run.wizard.getByRole("button", { name: run.t(S.newPlan), exact: true }).waitFor();
      expect(await banner(run).count()).toBe(0);
      await expectStep(run, "start");
      await goto(run, "kgi");
      expect(await field(run, run.t(S.kgiName)).inputValue()).toBe("");
      expect(await field(run, run.t(S.kgiTarget)).inputValue()).toBe("");
      await goto(run, "kfs");
      expect(await run.wizard.getByText(run.t(S.kfsEmpty)).count()).toBe(1);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
