// In Chromium through the local preview: Next on the template step applies the template picked; the
// sheets listed after Generate open in the page when pressed; and on the process step, at 700 px of
// height, Tab never leaves the focused field under the sticky live calculation.
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S } from "../../src/client/strings";
import { templatePlan, templates } from "../../src/domain/templates";
import { sheetNames } from "../../src/workbook/labels";
import {
  applyTemplate,
  expectStep,
  fillKgi,
  focused,
  generate,
  launchChromium,
  next,
  openRun,
  type Run,
  startNewPlan,
  stepName,
} from "./support";

const SAAS = templates.find((x) => x.id === "saas");
const MINIMAL = templates.find((x) => x.id === "inside_sales_minimal");
const KGI = { name: "下期の受注額", target: "80,000,000", unit: "JPY" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const streamNames = (run: Run) => run.wizard.getByLabel(run.t(S.streamName), { exact: true });

function sidebarFrame(run: Run): Frame {
  const frame = run.page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("no sidebar frame");
  return frame;
}

describe("template step, Next (ja)", () => {
  it("applies the template picked over an empty process, and only warns over a typed one", async () => {
    if (!SAAS) throw new Error("no saas template");
    const run = await openRun(browser, "ja");
    try {
      await startNewPlan(run);
      await fillKgi(run, KGI);
      await next(run, "template");
      await run.wizard.getByRole("radio", { name: run.t(SAAS.title), exact: true }).check();
      await next(run, "process");
      const planned = templatePlan("saas", "ja").streams.map((s) => s.name);
      await expect
        .poll(() => streamNames(run).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
        .toEqual(planned);
      await run.wizard
        .getByRole("status")
        .filter({ hasText: run.t(S.templateAppliedOnNext, { name: run.t(SAAS.title) }) })
        .waitFor();

      // Now the process is the user's: picking another template and pressing Next changes nothing.
      await streamNames(run).first().fill("自社の新規営業");
      await run.wizard.getByRole("button", { name: stepName(run, "template"), exact: true }).click();
      await expectStep(run, "template");
      const other = templates.find((x) => x.id === "real_estate")!;
      await run.wizard.getByRole("radio", { name: run.t(other.title), exact: true }).check();
      await run.wizard
        .getByRole("navigation", { name: run.t(S.pagerLabel) })
        .getByRole("button", { name: new RegExp(`^${run.t(S.next)}`) })
        .click();
      await run.wizard
        .getByRole("alert")
        .filter({ hasText: run.t(S.templateNotApplied, { name: run.t(other.title) }) })
        .waitFor();
      await expectStep(run, "template");
      await next(run, "process");
      expect(await streamNames(run).first().inputValue()).toBe("自社の新規営業");
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});

describe("after Generate (ja)", () => {
  it("opens a written sheet in the page when its name is pressed, even the one already active", async () => {
    if (!MINIMAL) throw new Error("no minimal template");
    const run = await openRun(browser, "ja");
    try {
      await startNewPlan(run);
      await fillKgi(run, KGI);
      await next(run, "template");
      await applyTemplate(run, MINIMAL.title);
      for (const step of ["process", "kfs", "kpis", "team", "review"] as const) await next(run, step);
      await generate(run);
      const shown = () => run.page.locator("table.grid").getAttribute("data-sheet");
      const selected = () => run.page.getByRole("tab", { selected: true }).innerText();
      await expect.poll(shown).toBe(sheetNames.dashboard.ja);

      const list = run.wizard.getByRole("list", { name: run.t(S.generatedSheets), exact: true });
      for (const key of ["actuals", "tree", "dashboard"] as const) {
        await list.getByRole("button", { name: sheetNames[key].ja, exact: true }).click();
        await expect.poll(shown).toBe(sheetNames[key].ja);
        expect(await selected()).toBe(sheetNames[key].ja);
      }
      // The user looks at another tab in the page; the sidebar's button for the active sheet still shows it.
      await run.page.getByRole("tab", { name: sheetNames.targets.ja, exact: true }).click();
      await expect.poll(shown).toBe(sheetNames.targets.ja);
      await list.getByRole("button", { name: sheetNames.dashboard.ja, exact: true }).click();
      await expect.poll(shown).toBe(sheetNames.dashboard.ja);
      expect(run.calls.filter((c) => c === "kpiOpenSheet")).toHaveLength(4);
      // A first Generate keeps no actuals, and does not say "0 rows are kept".
      expect(await run.wizard.getByText(/入力済みの実績はそのまま残っています/).count()).toBe(0);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});

describe("the sticky live calculation (ja, 700 px high)", () => {
  it("never covers the field Tab moves to on the process step", async () => {
    if (!SAAS) throw new Error("no saas template");
    const run = await openRun(browser, "ja");
    try {
      await run.page.setViewportSize({ width: 1400, height: 700 });
      await startNewPlan(run);
      await fillKgi(run, KGI);
      await next(run, "template");
      await applyTemplate(run, SAAS.title);
      await next(run, "process");
      const frame = sidebarFrame(run);
      await frame.locator(".calc-headline").waitFor();
      const pager = run.t(S.next);
      let checked = 0;
      let belowFold = 0;
      for (let i = 0; i < 120; i++) {
        await run.page.keyboard.press("Tab");
        const f = await focused(run);
        if (f?.name.startsWith(pager)) break;
        const r = await frame.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const bar = document.querySelector(".calc-headline");
          if (!el || !bar || el === document.body) return null;
          const a = el.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          return {
            field: el.id || el.textContent || el.tagName,
            initialTop: el.offsetTop,
            overlap: a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right,
            visible: a.top >= 0 && a.bottom <= window.innerHeight,
            viewport: window.innerHeight,
          };
        });
        if (!r) continue;
        checked++;
        if (r.initialTop > r.viewport) belowFold++;
        expect(r.overlap, `the calculation covers ${r.field}`).toBe(false);
        expect(r.visible, `${r.field} is off screen`).toBe(true);
      }
      // Enough fields, most of them starting below the first screen, for the check to mean something.
      expect(checked).toBeGreaterThan(15);
      expect(belowFold).toBeGreaterThan(5);
      expect(run.problems).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
