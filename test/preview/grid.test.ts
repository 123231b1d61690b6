// The preview's grid as a person uses it at 1440×900 with the sidebar open, in real Chromium: frozen
// rows and columns stay on top of what scrolls under them, the column letters and row numbers stay put,
// the page itself never scrolls sideways, Shift+click selects a rectangle and Delete clears all of it.
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { type Preview, startPreview } from "../../src/local/preview/server";
import { sheetNames } from "../../src/workbook/labels";
import { cellText, launchChromium, openTab, run, watchProblems } from "./support";

const TEMPLATE = "inside_sales";
const plan = templatePlan(TEMPLATE, "ja");
const ACTUALS = sheetNames.actuals.ja;

let browser: Browser;
let preview: Preview;
let page: Page;
let problems: string[];

type Box = { x: number; y: number; width: number; height: number };

const td = (a1: string) => page.locator(`table.grid td[data-a1="${a1}"]`);
const colHead = (letter: string) =>
  page.locator("table.grid th.col-head", { hasText: new RegExp(`^${letter}$`) });
const rowHead = (n: number) => page.locator("table.grid th.row-head", { hasText: new RegExp(`^${n}$`) });

async function box(locator: ReturnType<Page["locator"]>): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not shown");
  return b;
}

/** What a click at these points of the cell's box would land on: the cell's A1 (or header's text). */
function topmostAt(a1: string): Promise<string[]> {
  return td(a1).evaluate((cell) => {
    const b = cell.getBoundingClientRect();
    const y = b.top + b.height / 2;
    return [b.left + 3, b.left + b.width / 2, b.right - 3].map((x) => {
      const hit = document.elementFromPoint(x, y)?.closest("td, th") as HTMLElement | null;
      return hit?.dataset.a1 ?? hit?.textContent ?? "(nothing)";
    });
  });
}

const gridScroll = () =>
  page.locator("#grid-wrap").evaluate((w) => ({ left: w.scrollLeft, top: w.scrollTop }));

/** The page's own scroll size against its window: a horizontal scrollbar when wider. */
const pageOverflow = () =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

const sheetView = async (name: string) => {
  const wb = await (await fetch(new URL("/api/workbook", preview.url))).json();
  return wb.sheets.find((s: { name: string }) => s.name === name) as { display: string[][] };
};

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ port: 0, locale: "ja" });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  problems = watchProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe("the preview's grid at 1440×900 with the sidebar open", () => {
  it("generates a plan through the sidebar; no sheet makes the page scroll sideways", async () => {
    await page.goto(preview.url);
    await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
    expect(await page.locator("#sidebar").isVisible()).toBe(true);
    expect(await pageOverflow()).toEqual({ scrollWidth: 1440, clientWidth: 1440 });

    const frame = page.frame({ url: /\/sidebar$/ });
    if (!frame) throw new Error("no sidebar frame");
    const generated = await run(frame, "kpiGenerate", plan);
    expect(generated.ok && generated.value.ok, JSON.stringify(generated)).toBe(true);
    await expect.poll(() => page.getByRole("tab").allInnerTexts()).toContain(ACTUALS);

    for (const name of await page.getByRole("tab").allInnerTexts()) {
      await openTab(page, name);
      const { scrollWidth, clientWidth } = await pageOverflow();
      expect(scrollWidth, name).toBeLessThanOrEqual(clientWidth);
    }
    expect(problems).toEqual([]);
  });

  it("Actuals scrolled right: row 1 and A:B stay on top, the column letters and row numbers stay put", async () => {
    await openTab(page, ACTUALS);
    const frozen = ["A1", "B1", "A2", "B2", "A3", "B3"];
    const cellsBefore = await Promise.all(frozen.map((a1) => box(td(a1))));
    const [a1Before, c1Before] = [await box(td("A1")), await box(td("C1"))];
    const [letterA, letterB, letterC] = await Promise.all(["A", "B", "C"].map((l) => box(colHead(l))));
    const [row1, row2] = await Promise.all([1, 2].map((n) => box(rowHead(n))));
    if (!letterA || !letterB || !letterC || !row1 || !row2)
      throw new Error("no column letters or row numbers");

    // The wheel over the grid, sideways, as far as it goes.
    await td("E8").hover();
    await page.mouse.wheel(2000, 0);
    await expect.poll(async () => (await gridScroll()).left).toBeGreaterThan(0);
    const scrolled = await gridScroll();
    const c1 = await box(td("C1"));
    // C1 has really gone under the frozen columns, far enough to reach under A1's middle…
    expect(c1.x).toBeLessThan(c1Before.x);
    expect(c1.x).toBeLessThan(a1Before.x + a1Before.width / 2);
    // …and A1, B1 and the rest of A:B are still where they were, drawn over it.
    for (const [i, a1] of frozen.entries()) {
      expect(await box(td(a1)), a1).toEqual(cellsBefore[i]);
      expect(await topmostAt(a1), a1).toEqual([a1, a1, a1]);
    }
    // The letters of the frozen columns stay over them; the header row keeps its place; C went left.
    expect(await box(colHead("A"))).toEqual(letterA);
    expect(await box(colHead("B"))).toEqual(letterB);
    const c = await box(colHead("C"));
    expect(c.y).toBe(letterC.y);
    expect(c.x).toBe(letterC.x - scrolled.left);
    const aMiddle = { x: letterA.x + letterA.width / 2, y: letterA.y + letterA.height / 2 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, aMiddle)).toBe(
      "A",
    );
    expect(await box(rowHead(1))).toEqual(row1);
    expect(await box(rowHead(2))).toEqual(row2);

    // Down as well: row 1 and the letters stay at the top, the row numbers at the left.
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await gridScroll()).top).toBeGreaterThan(0);
    expect(await box(td("A1"))).toEqual(a1Before);
    expect(await topmostAt("A1")).toEqual(["A1", "A1", "A1"]);
    expect(await topmostAt("B1")).toEqual(["B1", "B1", "B1"]);
    expect(await box(colHead("A"))).toEqual(letterA);
    expect((await box(colHead("D"))).y).toBe(letterA.y);
    expect(await box(rowHead(1))).toEqual(row1);
    expect((await box(rowHead(30))).x).toBe(row1.x);
    // Still no sideways scrollbar on the page itself.
    const { scrollWidth, clientWidth } = await pageOverflow();
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

    await page.mouse.wheel(-4000, -4000);
    await expect.poll(gridScroll).toEqual({ left: 0, top: 0 });
    expect(problems).toEqual([]);
  });

  it("Shift+click selects a rectangle, Ctrl+C copies it; Delete clears all of it in one write, Backspace too", async () => {
    await openTab(page, ACTUALS);
    const rep = plan.team[0]?.name as string;
    const day = plan.period.start;
    // Three rows written as a paste would (typing is proved in preview.test.ts), then the page told
    // to look again, as it does when its window regains focus.
    const wrote = await fetch(new URL("/api/cells", preview.url), {
      method: "POST",
      body: JSON.stringify({
        sheet: ACTUALS,
        a1: "A2",
        values: ["40", "35", "25"].map((calls) => [day, rep, calls, "3"]),
      }),
    });
    expect(wrote.status).toBe(200);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => cellText(page, "D4")).toBe("3");
    await expect.poll(() => cellText(page, "C4")).toBe("25");

    const writes: Request[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/cells") writes.push(r);
    });
    await td("A2").click();
    await td("C4").click({ modifiers: ["Shift"] });
    const rectangle = ["A2", "B2", "C2", "A3", "B3", "C3", "A4", "B4", "C4"];
    expect(
      (
        await page
          .locator("table.grid td.in-range")
          .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.a1))
      ).sort(),
    ).toEqual([...rectangle].sort());
    expect(await page.locator("#name-box").innerText()).toBe("A2:C4");
    // Highlighted where a person sees it: tinted inside the rectangle, not around it.
    const tint = (a1: string) => td(a1).evaluate((c) => getComputedStyle(c).backgroundImage);
    for (const a1 of rectangle) expect(await tint(a1), a1).toContain("gradient");
    for (const a1 of ["D2", "A5", "C5", "A1"]) expect(await tint(a1), a1).toBe("none");

    // Ctrl+C copies the rectangle as tab-separated rows, as Sheets does.
    const shown = await Promise.all(rectangle.map((a1) => cellText(page, a1)));
    const copied = await page.evaluate(() => {
      const data = new DataTransfer();
      const event = new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(event);
      return data.getData("text/plain");
    });
    expect(copied).toBe([0, 3, 6].map((i) => shown.slice(i, i + 3).join("\t")).join("\n"));
    expect(copied).toContain(`${rep}\t40`);

    await page.keyboard.press("Delete");
    await expect.poll(() => cellText(page, "C4")).toBe("");
    expect(writes.map((r) => r.postDataJSON())).toEqual([
      {
        sheet: ACTUALS,
        a1: "A2",
        values: [
          ["", "", ""],
          ["", "", ""],
          ["", "", ""],
        ],
      },
    ]);
    const cleared = await sheetView(ACTUALS);
    for (let r = 1; r <= 3; r++) {
      expect(cleared.display[r]?.slice(0, 3), `row ${r + 1}`).toEqual(["", "", ""]);
      expect(cleared.display[r]?.[3], `D${r + 1} is outside`).toBe("3");
    }
    for (const a1 of rectangle) expect(await cellText(page, a1), a1).toBe("");
    // The rectangle stays selected after the redraw, as in Sheets.
    expect(await page.locator("table.grid td.in-range").count()).toBe(9);

    // Shift+arrows extend a selection too; Backspace clears it like Delete.
    writes.length = 0;
    await td("D2").click();
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    expect(await page.locator("#name-box").innerText()).toBe("D2:D4");
    await page.keyboard.press("Backspace");
    await expect.poll(() => cellText(page, "D4")).toBe("");
    expect(writes.map((r) => r.postDataJSON())).toEqual([
      { sheet: ACTUALS, a1: "D2", values: [[""], [""], [""]] },
    ]);
    const after = await sheetView(ACTUALS);
    expect([1, 2, 3].map((r) => after.display[r]?.[3])).toEqual(["", "", ""]);

    // A drag selects from where the button went down to where it is.
    const from = await box(td("A6"));
    const to = await box(td("B7"));
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 10, { steps: 5 });
    await page.mouse.up();
    expect(await page.locator("#name-box").innerText()).toBe("A6:B7");
    expect(await page.locator("table.grid td.in-range").count()).toBe(4);
    expect(problems).toEqual([]);
  });
});
