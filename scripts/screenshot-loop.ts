// The improvement loop in the README, from the local preview (ja) with the preview's synthetic log:
// docs/loop-bottleneck.png (the Dashboard's funnel, its bottleneck, what it costs and the playbook),
// docs/loop-reps.png (the Reps sheet, a rep's rows for a 1on1), docs/loop-trends.png (Trends) and
// docs/loop-rep-view.png (the Dashboard with its rep picker set: one rep's view for a 1on1).
//   npm run build && npx tsx scripts/screenshot-loop.ts
import path from "node:path";
import { chromium } from "playwright-core";
import { addDays } from "../src/domain/calendar-dates";
import { pick } from "../src/domain/i18n";
import { templatePlan } from "../src/domain/templates";
import { syntheticActuals } from "../src/local/bench/recalc";
import { startPreview } from "../src/local/preview/server";
import { sheetNames } from "../src/workbook/labels";

const plan = templatePlan("inside_sales_minimal", "ja");
const preview = await startPreview({ port: 0, locale: "ja", plan, timeZone: "Asia/Tokyo" });
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
try {
  const names = preview.session.workbook().namedRanges;
  const where = (name: string) => {
    const at = names[name] as string;
    const bang = at.lastIndexOf("!");
    return { sheet: at.slice(0, bang), a1: at.slice(bang + 1).split(":")[0] as string };
  };
  const post = async (body: unknown) => {
    const r = await fetch(new URL("/api/cells", preview.url), { method: "POST", body: JSON.stringify(body) });
    if (!r.ok) throw new Error(await r.text());
  };
  // Four weeks of a synthetic log, and the as-of date pinned so the picture does not change with the day.
  const log = syntheticActuals(plan, 19 * plan.team.length).rows.map((row) =>
    row.map((v) => (v === "follow up" ? "要フォロー" : (v ?? ""))),
  );
  const actuals = where("ACT_DATE").sheet;
  await post({ sheet: actuals, a1: "A2", values: log });
  const asOf = where("AS_OF");
  await post({ ...asOf, values: [[addDays(plan.period.start, 29)]] });

  const page = await browser.newPage({ viewport: { width: 1720, height: 980 } });
  await page.goto(preview.url);
  await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
  // A few more actuals typed through the page, as a rep would: the day before the as-of date.
  await page.locator("#tabs .tab", { hasText: actuals }).click();
  const next = log.length + 2;
  await page.locator(`td[data-a1="A${next}"]`).click();
  const typed = [addDays(plan.period.start, 28), "佐藤", "22", "2", "1", "1", "1000000"];
  for (const [i, v] of typed.entries()) {
    await page.keyboard.type(v);
    await page.keyboard.press(i === typed.length - 1 ? "Enter" : "Tab");
  }
  await page.locator(`td[data-a1="C${next}"]`, { hasText: "22" }).waitFor();
  // A week of calls that booked nothing: the calls → appointments rate falls below plan.
  await post({
    sheet: actuals,
    a1: `A${next + 1}`,
    values: [[addDays(plan.period.start, 27), "鈴木", 3000, 0, 0, 0, 0]],
  });
  const shoot = async (tab: string, top: string, file: string) => {
    await page.locator("#tabs .tab", { hasText: tab }).click();
    // The top row under the frozen one; from A1, the grid as it opens (scrolled to the top).
    await page
      .locator(`td[data-a1="${top}"]`)
      .evaluate(
        (td, start) =>
          start ? td.closest("table")?.parentElement?.scrollTo(0, 0) : td.scrollIntoView({ block: "start" }),
        top === "A1",
      );
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.resolve(import.meta.dirname, `../docs/${file}`) });
    console.log(`docs/${file}`);
  };
  const dashboard = preview.session.workbook().sheets.find((s) => s.name === asOf.sheet);
  // The funnel's section title just below the frozen first row.
  const funnelRow = dashboard?.display.findIndex((r) => String(r[0] ?? "").startsWith("ファネル")) ?? 12;
  await shoot(asOf.sheet, `A${funnelRow}`, "loop-bottleneck.png");
  await shoot(pick(sheetNames.reps, "ja"), "A1", "loop-reps.png");
  await shoot(pick(sheetNames.trends, "ja"), "A1", "loop-trends.png");
  // A 1on1: the Dashboard's rep picker set to one rep turns the whole sheet into the rep's.
  const picker = where("REP_VIEW");
  // 鈴木, whose week of calls booked nothing: the rep's own bottleneck, its cost and remedies.
  await post({ ...picker, values: [["鈴木"]] });
  // The page learns of changes it did not make itself on a reload.
  await page.reload();
  await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
  await shoot(asOf.sheet, "A1", "loop-rep-view.png");
} finally {
  await browser.close();
  await preview.close();
}
