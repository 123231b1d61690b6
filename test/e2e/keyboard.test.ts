// Keyboard only: from the page into the sidebar with Shift+Tab, then from the first step to a generated
// workbook with Tab, Shift+Tab, arrows, Enter, Space and typing — no mouse click anywhere. Every
// control the focus lands on shows it (an outline or a shadow).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StepId } from "../../src/client/state";
import { S } from "../../src/client/strings";
import { planFunnel } from "../../src/domain/funnel";
import { templatePlan, templates } from "../../src/domain/templates";
import {
  count,
  expectOurTabs,
  expectStep,
  type Focused,
  focused,
  generatedSheets,
  launchChromium,
  openRun,
  type Run,
  sheet,
  stepName,
  storedPlan,
  workbook,
} from "./support";

const ID = "inside_sales_minimal";
const TEMPLATE = templates.find((x) => x.id === ID);
const LAST = templates[templates.length - 1];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every element the focus landed on, for the visible-focus check. */
const landed: Focused[] = [];

/** Presses Tab (or Shift+Tab) until the focused control matches; fails after `max` presses. */
async function tabTo(run: Run, want: (f: Focused) => boolean, what: string, shift = false, max = 160) {
  for (let i = 0; i < max; i++) {
    await run.page.keyboard.press(shift ? "Shift+Tab" : "Tab");
    const f = await focused(run);
    if (f && want(f)) {
      landed.push(f);
      return f;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The step is shown and the focus is on its heading, visibly (the wizard moves it there). */
async function onStep(run: Run, step: StepId): Promise<void> {
  await expectStep(run, step);
  await expect
    .poll(() => focused(run))
    .toMatchObject({ tag: "h2", name: stepName(run, step), visible: true });
}

const named = (name: string) => (f: Focused) => f.name === name;
const startsWith = (prefix: string) => (f: Focused) => f.name.startsWith(prefix);

describe("keyboard only (ja)", () => {
  it("goes from the first step to a generated workbook with the focus always visible", async () => {
    if (!TEMPLATE || LAST?.id !== ID) throw new Error(`${ID} is not the last template`);
    const run = await openRun(browser, "ja");
    try {
      // From the top of the page into the sidebar: Shift+Tab wraps round to the sidebar, the last
      // part of the page (forward, Tab stays in the grid, where it moves between cells as in Sheets).
      await tabTo(run, named(run.t(S.newPlan)), "the new plan button", true, 20);
      await run.page.keyboard.press("Enter");
      // A new step puts the focus on its heading, so the next Tab is its first field.
      await onStep(run, "kgi");

      await run.page.keyboard.press("Tab");
      expect(await focused(run)).toMatchObject({ name: run.t(S.kgiName), visible: true });
      await run.page.keyboard.type("年間受注額");
      await run.page.keyboard.press("Tab");
      expect(await focused(run)).toMatchObject({ name: run.t(S.kgiTarget), visible: true });
      await run.page.keyboard.type("９６,０００,０００"); // full-width digits, as a Japanese IME types them
      await run.page.keyboard.press("Tab");
      expect(await focused(run)).toMatchObject({ name: run.t(S.kgiUnit), visible: true });
      await run.page.keyboard.press("Control+A");
      await run.page.keyboard.type("JPY");
      // Back up with Shift+Tab: the target kept what was typed.
      await run.page.keyboard.press("Shift+Tab");
      const target = run.wizard.getByLabel(run.t(S.kgiTarget), { exact: true });
      expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await target.inputValue()).toBe("９６,０００,０００");
      await tabTo(run, startsWith(run.t(S.next)), "Next");
      await run.page.keyboard.press("Enter");
      await onStep(run, "template");

      // Template: Tab into the radio group, arrows to the last template, Space on Use this template.
      const radio = await tabTo(run, (f) => f.type === "radio", "the templates");
      expect(radio.name).toBe(run.t(templates[0]!.title));
      for (let i = 1; i < templates.length; i++) await run.page.keyboard.press("ArrowDown");
      expect(await focused(run)).toMatchObject({ type: "radio", name: run.t(TEMPLATE.title), visible: true });
      await tabTo(run, named(run.t(S.applyTemplate)), "Use this template");
      await run.page.keyboard.press("Space");
      await run.wizard
        .getByRole("status")
        .filter({ hasText: run.t(S.templateApplied, { name: run.t(TEMPLATE.title) }) })
        .waitFor();
      await tabTo(run, startsWith(run.t(S.next)), "Next");
      await run.page.keyboard.press("Enter");
      await onStep(run, "process");

      // Process: the first rate from 5% to 4%, by keyboard.
      const rateLabel = run.t(S.stageRate, { from: "架電", to: "アポ獲得" });
      await tabTo(run, named(rateLabel), "the first rate");
      await run.page.keyboard.press("Control+A");
      await run.page.keyboard.type("4");
      for (const step of ["kfs", "kpis", "team", "review"] as const) {
        await tabTo(run, startsWith(run.t(S.next)), `Next to ${step}`);
        await run.page.keyboard.press("Enter");
        await onStep(run, step);
      }

      await tabTo(run, named(run.t(S.generate)), "Generate");
      await run.page.keyboard.press("Enter");
      const written = await generatedSheets(run);
      expect(written).toHaveLength(8);
      await expectOurTabs(run);

      // The workbook is the plan typed by keyboard: the goal, the template, the changed rate.
      const template = templatePlan(ID, "ja");
      const plan = storedPlan(run);
      expect(plan.kgi).toEqual({ name: "年間受注額", target: 96_000_000, unit: "JPY" });
      expect(plan.streams[0]?.stages[0]?.rate).toBe(0.04);
      const expected = planFunnel({
        ...template,
        kgi: plan.kgi,
        streams: template.streams.map((s) => ({
          ...s,
          stages: s.stages.map((g, i) => (i === 0 ? { ...g, rate: 0.04 } : g)),
        })),
      });
      const targets = sheet(await workbook(run), "targets", "ja").display;
      for (const stage of expected[0]?.stages ?? []) {
        const row = targets.find((r) => r[1] === stage.name);
        expect(count(row?.[3]), stage.name).toBe(stage.required);
      }
      expect(expected[0]?.stages[0]?.required).toBe(12_000);

      // Every stop showed its focus: buttons, text fields, radios.
      expect(landed.filter((f) => !f.visible)).toEqual([]);
      expect(new Set(landed.map((f) => (f.tag === "input" ? f.type : f.tag)))).toEqual(
        new Set(["button", "radio", "text"]),
      );
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
