// docs/wizard/1-start.png … 8-generate.png: the sidebar wizard (ja) at each of its eight steps, 300 px
// wide and as tall as its content, with the minimal inside-sales template applied so the steps have
// content; the last one after a successful Generate. The real sidebar of the local preview, talking
// to the built dist/Code.js.   npm run build && npx tsx scripts/screenshot-wizard.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { STEPS, type StepId } from "../src/client/state";
import { S } from "../src/client/strings";
import { templates } from "../src/domain/templates";
import { startPreview } from "../src/local/preview/server";

const FILES: Record<StepId, string> = {
  start: "1-start.png",
  kgi: "2-kgi.png",
  template: "3-template.png",
  process: "4-process.png",
  kfs: "5-kfs.png",
  kpis: "6-kpis.png",
  team: "7-team.png",
  review: "8-generate.png",
};
const TEMPLATE = templates.find((x) => x.id === "inside_sales_minimal");
if (!TEMPLATE) throw new Error("no inside_sales_minimal template");
const out = path.resolve(import.meta.dirname, "../docs/wizard");
const title = (step: StepId) => `${STEPS.indexOf(step) + 1}. ${S.steps[step].title.ja}`;

const preview = await startPreview({ port: 0, locale: "ja", timeZone: "Asia/Tokyo" });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
  ],
});

const WIDTH = 300;
const HEIGHT = 640;

/**
 * The sidebar as the user sees it, without a caret or focus ring, whole: the viewport is made as tall
 * as the content (rather than a full-page capture, which would leave the process step's sticky
 * reverse-calculation line over the middle of the page), then put back.
 */
async function shoot(page: Page, step: StepId): Promise<void> {
  await page.getByRole("heading", { level: 2, name: title(step), exact: true }).waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.fonts.ready);
  await page.setViewportSize({ width: WIDTH, height: 100 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: WIDTH, height });
  await page.screenshot({ path: path.join(out, FILES[step]) });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  console.log(`docs/wizard/${FILES[step]} (${WIDTH} × ${height})`);
}

async function next(page: Page, step: StepId): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^${S.next.ja}`) }).click();
  await page.getByRole("heading", { level: 2, name: title(step), exact: true }).waitFor();
}

try {
  await mkdir(out, { recursive: true });
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: "ja-JP" });
  const page = await context.newPage();
  // The sidebar's own page: what the preview shows in its 300 px iframe.
  await page.goto(new URL("/sidebar", preview.url).href);
  await page.getByRole("button", { name: S.newPlan.ja, exact: true }).waitFor();
  await page.getByText(S.loadingContext.ja).waitFor({ state: "detached" });
  await shoot(page, "start");

  await page.getByRole("button", { name: S.newPlan.ja, exact: true }).click();
  await page.getByLabel(S.kgiName.ja, { exact: true }).fill("年間受注額");
  await page.getByLabel(S.kgiTarget.ja, { exact: true }).fill("120,000,000");
  await shoot(page, "kgi");

  await next(page, "template");
  await page.getByRole("radio", { name: TEMPLATE.title.ja, exact: true }).check();
  await page.getByRole("button", { name: S.applyTemplate.ja, exact: true }).click();
  await page.getByText(S.templateApplied.ja.replace("{name}", TEMPLATE.title.ja)).waitFor();
  await shoot(page, "template");

  for (const step of ["process", "kfs", "kpis", "team", "review"] as const) {
    await next(page, step);
    if (step !== "review") await shoot(page, step);
  }
  await page.getByRole("button", { name: S.generate.ja, exact: true }).click();
  await page.getByRole("list", { name: S.generatedSheets.ja, exact: true }).waitFor();
  await shoot(page, "review");
  await context.close();
} finally {
  await browser.close();
  await preview.close();
}
