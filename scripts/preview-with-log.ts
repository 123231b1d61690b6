// The scene the README's preview pictures share: the local preview (ja) with the minimal inside-sales
// template generated, four weeks of a synthetic log, the as-of date pinned (so a picture does not
// change with the day) and one more row typed through the page as a rep would, in Chromium.
import { type Browser, chromium, type Page } from "playwright-core";
import { addDays } from "../src/domain/calendar-dates";
import { templatePlan } from "../src/domain/templates";
import { syntheticActuals } from "../src/local/bench/recalc";
import { startPreview } from "../src/local/preview/server";

export interface PreviewScene {
  plan: ReturnType<typeof templatePlan>;
  preview: Awaited<ReturnType<typeof startPreview>>;
  page: Page;
  /** Where a named range starts: its sheet and top-left cell. */
  where(name: string): { sheet: string; a1: string };
  /** Writes values as the page's grid does (POST /api/cells). */
  post(body: unknown): Promise<void>;
  /** The log's rows written before the typed one. */
  logRows: number;
  close(): Promise<void>;
}

export async function previewWithLog(): Promise<PreviewScene> {
  const plan = templatePlan("inside_sales_minimal", "ja");
  const preview = await startPreview({ port: 0, locale: "ja", plan, timeZone: "Asia/Tokyo" });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
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
    const names = preview.session.workbook().namedRanges;
    const where = (name: string) => {
      const at = names[name] as string;
      const bang = at.lastIndexOf("!");
      return { sheet: at.slice(0, bang), a1: at.slice(bang + 1).split(":")[0] as string };
    };
    const post = async (body: unknown) => {
      const r = await fetch(new URL("/api/cells", preview.url), {
        method: "POST",
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(await r.text());
    };
    const log = syntheticActuals(plan, 19 * plan.team.length).rows.map((row) =>
      row.map((v) => (v === "follow up" ? "要フォロー" : (v ?? ""))),
    );
    const actuals = where("ACT_DATE").sheet;
    await post({ sheet: actuals, a1: "A2", values: log });
    await post({ ...where("AS_OF"), values: [[addDays(plan.period.start, 29)]] });

    const page = await browser.newPage({ viewport: { width: 1720, height: 980 } });
    await page.goto(preview.url);
    await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
    // The day before the as-of date, typed cell by cell.
    await page.locator("#tabs .tab", { hasText: actuals }).click();
    const next = log.length + 2;
    await page.locator(`td[data-a1="A${next}"]`).click();
    const typed = [addDays(plan.period.start, 28), "佐藤", "22", "2", "1", "1", "1000000"];
    for (const [i, v] of typed.entries()) {
      await page.keyboard.type(v);
      await page.keyboard.press(i === typed.length - 1 ? "Enter" : "Tab");
    }
    await page.locator(`td[data-a1="C${next}"]`, { hasText: "22" }).waitFor();
    const opened = browser;
    return {
      plan,
      preview,
      page,
      where,
      post,
      logRows: log.length,
      close: async () => {
        await opened.close();
        await preview.close();
      },
    };
  } catch (e) {
    await browser?.close();
    await preview.close();
    throw e;
  }
}
