// The improvement loop in the README, from the local preview (ja) with the preview's synthetic log:
// docs/loop-bottleneck.png (the Dashboard's funnel, its bottleneck, what it costs and the playbook),
// docs/loop-reps.png (the Reps sheet, a rep's rows for a 1on1), docs/loop-trends.png (Trends) and
// docs/loop-rep-view.png (the Dashboard with its rep picker set: one rep's view for a 1on1).
//   npm run build && npx tsx scripts/screenshot-loop.ts
import path from "node:path";
import { addDays } from "../src/domain/calendar-dates";
import { pick } from "../src/domain/i18n";
import { sheetNames } from "../src/workbook/labels";
import { previewWithLog } from "./preview-with-log";

const scene = await previewWithLog();
try {
  const { plan, preview, page, where, post } = scene;
  const actuals = where("ACT_DATE").sheet;
  const asOf = where("AS_OF");
  const next = scene.logRows + 2;
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
  await scene.close();
}
