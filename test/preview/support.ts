// Shared by the preview tests: Debian's Chromium through playwright-core (never Playwright's own
// download), and reading the page's grid the way a user sees it.
import { existsSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const dist = path.resolve(import.meta.dirname, "../../dist");

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run .ci/run (it installs Debian's chromium, then runs the tests)`,
    );
  }
  if (!existsSync(path.join(dist, "Code.js")) || !existsSync(path.join(dist, "Sidebar.html"))) {
    throw new Error("dist/ is not built: run npm run build (npm test builds it before the tests)");
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Console errors, uncaught exceptions, failed requests and HTTP errors of a page (and its frames). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The shown sheet's cells as text, row by row (without the row numbers). */
export function gridTexts(page: Page): Promise<string[][]> {
  return page.$$eval("table.grid tbody tr", (rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")),
  );
}

export function cellText(page: Page, a1: string): Promise<string> {
  return page.locator(`table.grid td[data-a1="${a1}"]`).innerText();
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

/** Selects a cell, types each value (Tab between, Enter after the last), as a user does. */
export async function typeRow(page: Page, a1: string, values: string[]): Promise<void> {
  await page.locator(`table.grid td[data-a1="${a1}"]`).click();
  for (const [i, v] of values.entries()) {
    await page.keyboard.type(v);
    await page.keyboard.press(i === values.length - 1 ? "Enter" : "Tab");
  }
}

/** The first row whose cells include all of `texts`, or undefined. */
export function rowWith(grid: string[][], ...texts: string[]): string[] | undefined {
  return grid.find((row) => texts.every((t) => row.includes(t)));
}

export const count = (display: string | undefined) => Number((display ?? "").replace(/,/g, ""));

export type RunResult =
  | { ok: true; value: any }
  | { ok: false; message: string; name: string; isError: boolean };

/** Calls a server function from inside the sidebar, through its google.script.run. */
export function run(frame: Frame, fn: string, ...args: unknown[]): Promise<RunResult> {
  return frame.evaluate(
    ([fn, args]) =>
      new Promise<RunResult>((resolve) => {
        const runner = (window as any).google.script.run
          .withSuccessHandler((value: unknown) => resolve({ ok: true, value }))
          .withFailureHandler((e: Error) =>
            resolve({ ok: false, message: e.message, name: e.name, isError: e instanceof Error }),
          );
        runner[fn as string](...(args as unknown[]));
      }),
    [fn, args] as const,
  );
}
