// Shared by the end-to-end tests of the sidebar wizard: the local preview (a fresh one per run) in
// Debian's Chromium, the wizard driven by role and label in its iframe, and the generated workbook
// read back through /api/workbook. No sleeps: Playwright's auto-waiting and expect.poll only.
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { STEPS, type StepId } from "../../src/client/state";
import { S } from "../../src/client/strings";
import { format, type Locale, type Text } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan-schema";
import { type Preview, startPreview } from "../../src/local/preview/server";
import { sheetNames } from "../../src/workbook/labels";
import { watchProblems } from "../preview/support";

export { launchChromium } from "../preview/support";

/** The eight sheets the add-on writes (the hidden data sheet is not a tab). */
const SHEET_KEYS = [
  "tree",
  "assumptions",
  "targets",
  "actuals",
  "dashboard",
  "reps",
  "trends",
  "review",
] as const;

export interface SheetView {
  name: string;
  hidden: boolean;
  display: string[][];
  formulas: string[][];
}

export interface Run {
  locale: Locale;
  preview: Preview;
  context: BrowserContext;
  page: Page;
  /** The sidebar's iframe. */
  wizard: FrameLocator;
  /** Console errors, page errors, failed requests of the page and its frames. */
  problems: string[];
  /** Every alert/confirm/prompt the page or the sidebar opened (dismissed at once). */
  dialogs: string[];
  /** The server functions the sidebar called through google.script.run, in order. */
  calls: string[];
  /** Text in the run's language. */
  t(text: Text, values?: Record<string, string | number>): string;
  close(): Promise<void>;
}

/**
 * A fresh preview (an empty spreadsheet, or one where `plan` was generated) and a fresh browser
 * context (empty localStorage).
 */
export async function openRun(browser: Browser, locale: Locale, plan?: Plan): Promise<Run> {
  const preview = await startPreview({ port: 0, locale, timeZone: "Asia/Tokyo", ...(plan ? { plan } : {}) });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: locale === "ja" ? "ja-JP" : "en-US",
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  const calls: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/run")
      calls.push(String((r.postDataJSON() as { fn?: unknown } | null)?.fn));
  });
  await page.goto(preview.url);
  const wizard = page.frameLocator("#sidebar-frame");
  const t = (text: Text, values?: Record<string, string | number>) =>
    values ? format(text[locale], values) : text[locale];
  // The wizard has the server's context (its language, the stored plan if any) once the start step
  // offers a new plan in the run's language and no longer says it is checking the spreadsheet.
  await wizard.getByRole("button", { name: t(S.newPlan), exact: true }).waitFor();
  await wizard.getByText(t(S.loadingContext)).waitFor({ state: "detached" });
  return {
    locale,
    preview,
    context,
    page,
    wizard,
    problems,
    dialogs,
    calls,
    t,
    async close() {
      await context.close();
      await preview.close();
    },
  };
}

/** "4. 営業プロセス" / "4. Sales process". */
export function stepName(run: Run, step: StepId): string {
  return `${STEPS.indexOf(step) + 1}. ${run.t(S.steps[step].title)}`;
}

export async function expectStep(run: Run, step: StepId): Promise<void> {
  await run.wizard.getByRole("heading", { level: 2, name: stepName(run, step), exact: true }).waitFor();
}

/** The Next button of the pager ("次へ: テンプレート" / "Next: Template"). */
function nextButton(run: Run): Locator {
  return run.wizard
    .getByRole("navigation", { name: run.t(S.pagerLabel) })
    .getByRole("button", { name: new RegExp(`^${run.t(S.next)}`) });
}

export async function next(run: Run, to: StepId): Promise<void> {
  await nextButton(run).click();
  await expectStep(run, to);
}

/** A field by its label, exactly. */
export function field(run: Run, label: string): Locator {
  return run.wizard.getByLabel(label, { exact: true });
}

export async function startNewPlan(run: Run): Promise<void> {
  await run.wizard.getByRole("button", { name: run.t(S.newPlan), exact: true }).click();
  await expectStep(run, "kgi");
}

export interface KgiInput {
  name: string;
  /** As typed, e.g. "96,000,000". */
  target: string;
  unit: string;
}

export async function fillKgi(run: Run, kgi: KgiInput): Promise<void> {
  await field(run, run.t(S.kgiName)).fill(kgi.name);
  await field(run, run.t(S.kgiTarget)).fill(kgi.target);
  await field(run, run.t(S.kgiUnit)).fill(kgi.unit);
}

/** Picks a template by its title and applies it (on the template step). */
export async function applyTemplate(run: Run, title: Text): Promise<void> {
  await run.wizard.getByRole("radio", { name: run.t(title), exact: true }).check();
  await run.wizard.getByRole("button", { name: run.t(S.applyTemplate), exact: true }).click();
  await run.wizard
    .getByRole("status")
    .filter({ hasText: run.t(S.templateApplied, { name: run.t(title) }) })
    .waitFor();
}

export function generateButton(run: Run): Locator {
  return run.wizard.getByRole("button", { name: run.t(S.generate), exact: true });
}

/** Presses Generate on the review step and waits for the list of written sheets. */
export async function generate(run: Run): Promise<string[]> {
  await generateButton(run).click();
  return generatedSheets(run);
}

export async function generatedSheets(run: Run): Promise<string[]> {
  const list = run.wizard.getByRole("list", { name: run.t(S.generatedSheets), exact: true });
  await list.waitFor();
  return list.getByRole("listitem").allInnerTexts();
}

/** Our sheet names in the run's language. */
export function ourSheets(locale: Locale): string[] {
  return SHEET_KEYS.map((k) => sheetNames[k][locale]);
}

/** Waits until the page (not only the sidebar) shows a tab for each of our sheets. */
export async function expectOurTabs(run: Run): Promise<string[]> {
  const want = ourSheets(run.locale);
  await expect
    .poll(async () => {
      const tabs = await run.page.getByRole("tab").allInnerTexts();
      return want.filter((n) => !tabs.includes(n));
    })
    .toEqual([]);
  return run.page.getByRole("tab").allInnerTexts();
}

export async function workbook(
  run: Run,
): Promise<{ sheets: SheetView[]; namedRanges: Record<string, string> }> {
  const r = await fetch(new URL("/api/workbook", run.preview.url));
  expect(r.status).toBe(200);
  return r.json();
}

export function sheet(wb: { sheets: SheetView[] }, key: keyof typeof sheetNames, locale: Locale): SheetView {
  const s = wb.sheets.find((x) => x.name === sheetNames[key][locale]);
  if (!s)
    throw new Error(`no sheet ${sheetNames[key][locale]} in ${wb.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

/** The plan stored in the spreadsheet by the last Generate, as the add-on reads it back. */
export function storedPlan(run: Run): Plan {
  const out = run.preview.session.run("kpiGetContext", []);
  const r = out.returned as { ok: boolean; value?: { plan: Plan | null } } | undefined;
  if (!r?.ok || !r.value?.plan) throw new Error(`no stored plan: ${JSON.stringify(out)}`);
  return r.value.plan;
}

export const count = (display: string | undefined) => Number((display ?? "").replace(/[^0-9.-]/g, ""));

/** The active element inside the sidebar: a short description and whether its focus is visible. */
export interface Focused {
  tag: string;
  id: string;
  type: string;
  name: string;
  /** outline or box-shadow drawn around it. */
  visible: boolean;
}

export async function focused(run: Run): Promise<Focused | null> {
  const frame = run.page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("no sidebar frame");
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !document.hasFocus()) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const name =
      el.getAttribute("aria-label") ??
      labelled?.textContent ??
      (el.closest("label")?.textContent || el.textContent || "");
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: (el as HTMLInputElement).type ?? "",
      name: name.trim(),
      visible: outline || shadow,
    };
  });
}
