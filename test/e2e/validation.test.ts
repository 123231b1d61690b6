// Invalid input blocks Generate and is shown at the field: the message is tied to the input
// (aria-invalid, aria-describedby, inside the same field), the step button counts the error, the
// review lists it with a link back to the field, and Generate stays disabled until it is fixed.
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counted, S } from "../../src/client/strings";
import { templates } from "../../src/domain/templates";
import {
  applyTemplate,
  expectOurTabs,
  expectStep,
  fillKgi,
  focused,
  generate,
  generateButton,
  launchChromium,
  next,
  openRun,
  type Run,
  startNewPlan,
  stepName,
  workbook,
} from "./support";

const TEMPLATE = templates.find((x) => x.id === "inside_sales_minimal");
if (!TEMPLATE) throw new Error("no inside_sales_minimal template");
const KGI = { name: "年間受注額", target: "120,000,000", unit: "JPY" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A valid plan from the minimal template, on the process step. */
async function validPlanAtProcess(run: Run): Promise<void> {
  await startNewPlan(run);
  await fillKgi(run, KGI);
  await next(run, "template");
  await applyTemplate(run, TEMPLATE!.title);
  await next(run, "process");
}

interface AtField {
  invalid: string | null;
  /** The text of every element the input is described by. */
  described: string;
  /** An element it is described by is an error message inside the input's own .field. */
  errorInField: boolean;
}

function atField(input: Locator): Promise<AtField> {
  return input.evaluate((el) => {
    const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const targets = ids.map((id) => document.getElementById(id));
    return {
      invalid: el.getAttribute("aria-invalid"),
      described: targets.map((t) => t?.textContent ?? "").join(" | "),
      errorInField: targets.some(
        (t) =>
          t !== null &&
          t.querySelector(".msg-error") !== null &&
          t.closest(".field") === el.closest(".field"),
      ),
    };
  });
}

/**
 * On the review: Generate is disabled and says why; the error is listed with its message and a
 * "fix it" link to its step; nothing was written to the spreadsheet.
 */
async function expectBlocked(run: Run, message: string, step: "kgi" | "process"): Promise<void> {
  const button = generateButton(run);
  expect(await button.isDisabled()).toBe(true);
  const why = await button.evaluate(
    (el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
  );
  expect(why).toBe(run.t(counted(S.generateBlocked, 1), { n: 1 }));
  const errors = run.wizard.locator(".findings").filter({
    has: run.wizard.getByRole("heading", { name: run.t(S.errorsTitle, { n: 1 }), exact: true }),
  });
  const item = errors.getByRole("listitem").filter({ hasText: message });
  expect(await item.count()).toBe(1);
  const stepTitle = run.t(S.steps[step].title);
  expect(await item.getByRole("button", { name: run.t(S.fixIt, { step: stepTitle }) }).count()).toBe(1);
  // Disabled means disabled: a click that gets through anyway calls nothing and writes nothing.
  await button.click({ force: true });
  await button.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  expect(run.calls).not.toContain("kpiGenerate");
  const wb = await workbook(run);
  expect(wb.sheets.map((s) => s.name)).toHaveLength(1);
}

describe("invalid input blocks Generate and is shown at the field (ja)", () => {
  it("a conversion rate of 150%", async () => {
    const run = await openRun(browser, "ja");
    try {
      await validPlanAtProcess(run);
      const rate = run.wizard.getByLabel(run.t(S.stageRate, { from: "架電", to: "アポ獲得" }), {
        exact: true,
      });
      await rate.fill("150");
      const message = "0より大きく100%以下で入力してください（150%）";
      await expect.poll(() => atField(rate)).toMatchObject({ invalid: "true", errorInField: true });
      expect((await atField(rate)).described).toContain(message);
      await expect.poll(() => run.wizard.locator(".field-invalid").count()).toBe(1);
      // The live calculation waits for the fix instead of showing numbers from a wrong rate.
      const calc = run.wizard.getByRole("status", { name: run.t(S.calcTitle) });
      expect(await calc.innerText()).toContain(run.t(S.calcBlocked));

      for (const step of ["kfs", "kpis", "team", "review"] as const) await next(run, step);
      const processButton = run.wizard.getByRole("button", {
        name: `${stepName(run, "process")} (${run.t(counted(S.errorCount, 1), { n: 1 })})`,
        exact: true,
      });
      expect(await processButton.count()).toBe(1);
      await expectBlocked(run, message, "process");

      // "Fix it" opens the step with the focus in the field; fixing it unblocks Generate.
      await run.wizard
        .getByRole("button", { name: run.t(S.fixIt, { step: run.t(S.steps.process.title) }) })
        .click();
      await expectStep(run, "process");
      await expect.poll(async () => (await focused(run))?.id).toBe("f-streams-0-stages-0-rate");
      await rate.fill("5");
      await expect.poll(() => atField(rate).then((f) => f.invalid)).toBe(null);
      await run.wizard.getByRole("button", { name: stepName(run, "review"), exact: true }).click();
      await generate(run);
      await expectOurTabs(run);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });

  it("an empty goal name", async () => {
    const run = await openRun(browser, "ja");
    try {
      await validPlanAtProcess(run);
      await run.wizard.getByRole("button", { name: stepName(run, "kgi"), exact: true }).click();
      await expectStep(run, "kgi");
      const name = run.wizard.getByLabel(run.t(S.kgiName), { exact: true });
      expect(await name.inputValue()).toBe(KGI.name);
      await name.fill("");
      const message = "空にできません";
      await expect.poll(() => atField(name)).toMatchObject({ invalid: "true", errorInField: true });
      const described = (await atField(name)).described;
      expect(described).toContain(message);
      expect(described).toContain(run.t(S.severity.error));
      // The help text stays tied to it too.
      expect(described).toContain(run.t(S.kgiNameHelp));

      await run.wizard.getByRole("button", { name: stepName(run, "review"), exact: true }).click();
      await expectStep(run, "review");
      await expectBlocked(run, message, "kgi");
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });

  it("two stages of a stream with the same name", async () => {
    const run = await openRun(browser, "ja");
    try {
      await validPlanAtProcess(run);
      const second = run.wizard.getByLabel(run.t(S.stageName, { n: 2 }), { exact: true });
      expect(await second.inputValue()).toBe("アポ獲得");
      await second.fill("架電");
      const message = "段階名「架電」がこのストリーム内で重複しています";
      await expect.poll(() => atField(second)).toMatchObject({ invalid: "true", errorInField: true });
      expect((await atField(second)).described).toContain(message);
      // Only the second one is wrong: the first keeps its name and no error.
      const first = run.wizard.getByLabel(run.t(S.stageName, { n: 1 }), { exact: true });
      expect((await atField(first)).invalid).toBe(null);

      for (const step of ["kfs", "kpis", "team", "review"] as const) await next(run, step);
      await expectBlocked(run, message, "process");
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
