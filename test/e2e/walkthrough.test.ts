// Issue 15's two walkthroughs, as a new user does them, in real Chromium at 1440×900 with the sidebar
// open: (A) Japanese inside sales typed from scratch, (B) English SaaS from its template. Each step
// asserts that none of what the issue reported shows up again.
//
// Scenario A, worked by hand: a goal of 1.2億 = 120,000,000 at 1,000,000 a deal is 120 受注; at 25%,
// 480 商談; at 30% (typed as 0.3), 1,600 アポ獲得; at 10%, 16,000 架電. Fiscal year 2026-04-01 to
// 2027-03-31: 261 weekdays less 17 Japanese public holidays on weekdays = 244 working days. Four reps:
// 30 受注 each, 244 / 30 = 8.1 → one every 8 working days (never a rounded-up 1 a day).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S } from "../../src/client/strings";
import { templates } from "../../src/domain/templates";
import { gridTexts, openTab, typeRow } from "../preview/support";
import {
  applyTemplate,
  expectOurTabs,
  expectStep,
  field,
  fillKgi,
  generate,
  launchChromium,
  next,
  openRun,
  type Run,
  sheet,
  startNewPlan,
  stepName,
  workbook,
} from "./support";

// The wizard's default fiscal year comes from the browser's today; pinned so the year never drifts.
const TODAY = new Date("2026-02-10T09:00:00+09:00");
// The Dashboard's as-of date, typed over =TODAY() as a user may.
const AS_OF = "2026-04-30";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(locale: "ja" | "en"): Promise<Run> {
  const run = await openRun(browser, locale);
  await run.page.setViewportSize({ width: 1440, height: 900 });
  await run.context.clock.setFixedTime(TODAY);
  await startNewPlan(run);
  return run;
}

/** What a field's help and messages say (everything its aria-describedby points to). */
const described = (run: Run, label: string) =>
  field(run, label).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );

/** The live calculation's lines / the KPI cards' "target" lines. */
const calcLines = (run: Run) =>
  run.wizard.locator('.calc[aria-live="polite"] .calc-lines li').allInnerTexts();
const leverLines = (run: Run) =>
  run.wizard.locator('.calc[aria-live="polite"] .calc-levers li').allInnerTexts();
const derived = (run: Run) => run.wizard.locator("fieldset.kpi p.derived").allInnerTexts();

/**
 * A cell as the eye sees it: the text's glyphs against the cell's clip edge (its padding box:
 * overflow is hidden there), the cell against the grid's visible area and the sidebar. scrollWidth
 * is reported too, but it counts the 4 px right padding the text may run into without being cut.
 */
function measure(page: Page, a1: string) {
  return page.locator(`table.grid td[data-a1="${a1}"]`).evaluate((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    const [text, cell] = [range.getBoundingClientRect(), td.getBoundingClientRect()];
    const wrap = document.querySelector("#grid-wrap") as HTMLElement;
    const w = wrap.getBoundingClientRect();
    const sidebar = (document.querySelector("#sidebar") as HTMLElement).getBoundingClientRect();
    const clipLeft = cell.left + td.clientLeft;
    return {
      text: td.textContent ?? "",
      cut: text.left < clipLeft - 0.5 || text.right > clipLeft + td.clientWidth + 0.5,
      visible:
        cell.left >= w.left &&
        cell.right <= w.left + wrap.clientLeft + wrap.clientWidth &&
        cell.top >= w.top &&
        cell.bottom <= w.top + wrap.clientTop + wrap.clientHeight,
      besideSidebar: cell.right <= sidebar.left,
      scrollWidth: td.scrollWidth,
      clientWidth: td.clientWidth,
    };
  });
}

const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;

/** Every non-empty cell of a grid row (0-based) is shown whole, on screen, left of the sidebar. */
async function expectRowFits(page: Page, grid: string[][], r: number, from = 0): Promise<number> {
  let n = 0;
  for (const [c, v] of (grid[r] ?? []).entries()) {
    if (c < from || v === "") continue;
    const { scrollWidth, clientWidth, ...seen } = await measure(page, a1(r, c));
    const where = `${a1(r, c)} "${v}" (scrollWidth ${scrollWidth}, clientWidth ${clientWidth})`;
    expect(seen, where).toEqual({ text: v, cut: false, visible: true, besideSidebar: true });
    n++;
  }
  return n;
}

/** No sheet tab (or the one named) makes the page itself scroll sideways. */
async function expectNoSideScroll(run: Run, only?: string): Promise<void> {
  for (const name of only ? [only] : await run.page.getByRole("tab").allInnerTexts()) {
    await openTab(run.page, name);
    const html = run.page.locator("html");
    const [sw, cw] = await html.evaluate((d) => [d.scrollWidth, d.clientWidth]);
    expect(sw, name).toBeLessThanOrEqual(cw);
  }
}

const rowIndex = (grid: string[][], test: (row: string[]) => boolean) => {
  const i = grid.findIndex(test);
  if (i < 0) throw new Error("row not found");
  return i;
};

describe("issue 15, scenario A (ja): inside sales typed from scratch", () => {
  it("reads 1.2億, asks about 0.3%, says per team then per rep, warns, and draws a Dashboard that fits", async () => {
    const run = await open("ja");
    try {
      await fillKgi(run, { name: "年間受注額", target: "1.2億", unit: "JPY" });
      expect(await field(run, "目標値").getAttribute("aria-invalid")).toBeNull();
      expect(await described(run, "目標値")).toContain("120,000,000 として読み取りました");
      await next(run, "template");
      await next(run, "process"); // no template picked: an empty process

      await field(run, "ストリーム名").fill("新規");
      await field(run, "平均受注単価（JPY）").fill("1,000,000");
      const add = run.wizard.getByRole("button", { name: "段階を追加（最後の段階の前）", exact: true });
      await add.click();
      await add.click();
      for (const [i, name] of ["架電", "アポ獲得", "商談", "受注"].entries())
        await field(run, `段階${i + 1}の名前`).fill(name);
      await field(run, "「架電」→「アポ獲得」の転換率（%）").fill("10");
      const rate = "「アポ獲得」→「商談」の転換率（%）";
      await field(run, rate).fill("0.3");
      await field(run, "「商談」→「受注」の転換率（%）").fill("25");
      // A fraction in a percent field: asked at the field, one click makes it 30.
      expect(await described(run, rate)).toContain("0.3% — 30%のことですか？");
      await run.wizard.getByRole("button", { name: "30%にする", exact: true }).click();
      expect(await field(run, rate).inputValue()).toBe("30");
      expect(await described(run, rate)).not.toContain("のことですか");
      // No reps yet: the whole team's figures, said so. 16,000 / 244 = 65.6 → 66 a day; 244 / 120 = 2.
      expect(await calcLines(run)).toEqual([
        "架電 16,000件：チーム全体で1稼働日あたり66件",
        "アポ獲得 1,600件：チーム全体で1稼働日あたり7件",
        "商談 480件：チーム全体で1稼働日あたり2件",
        "受注 120件：チーム全体で約2稼働日に1件",
      ]);
      // Levers, by hand: 11% → ⌈1,600 ÷ 0.11⌉ = 14,546 calls (1,454 fewer), and the 16,000 planned
      // calls bring 16,000 × 0.01 × 0.3 × 0.25 × ¥1M = ¥12,000,000 more; a deal value of ¥1.1M needs
      // ⌈120M ÷ 1.1M⌉ = 110 deals → 440 → ⌈440 ÷ 0.3⌉ = 1,467 → 14,670 calls (1,330 fewer), and brings
      // 120 × ¥0.1M; 商談→受注 26%: ⌈120 ÷ 0.26⌉ = 462 → 1,540 → 15,400 (600 fewer), 16,000 × 0.1 × 0.3 × 0.01 × ¥1M.
      expect(await leverLines(run)).toEqual([
        "最大のレバー：架電→アポ獲得の転換率 +1ポイント：架電が1,454件少なくて済む（計画どおりの架電なら +12,000,000JPY）",
        "平均受注単価 +10%：架電が1,330件少なくて済む（計画どおりの架電なら +12,000,000JPY）",
        "商談→受注の転換率 +1ポイント：架電が600件少なくて済む（計画どおりの架電なら +4,800,000JPY）",
      ]);

      await next(run, "kfs");
      await next(run, "kpis");
      for (const name of ["架電の件数", "アポ獲得の件数", "受注の件数"])
        await run.wizard.getByRole("checkbox", { name, exact: true }).check();
      const untilReps = "担当者を入力すると1人あたりで表示します";
      expect(await derived(run)).toEqual([
        `目標：期間合計 16,000件（チーム全体で1稼働日あたり66件。${untilReps}）`,
        `目標：期間合計 1,600件（チーム全体で1稼働日あたり7件。${untilReps}）`,
        `目標：期間合計 120件（チーム全体で約2稼働日に1件。${untilReps}）`,
      ]);

      await next(run, "team");
      await field(run, "担当者（1行に1人）").fill("佐藤\n鈴木\n田中\n高橋");
      await field(run, "振り返りの頻度").selectOption("week"); // a new team: weekly, as advised
      await run.wizard.getByRole("button", { name: stepName(run, "kpis"), exact: true }).click();
      await expectStep(run, "kpis");
      // Per rep: 4,000 / 244 = 16.4 → 17; 400 / 244 = 1.6 → 2; 30 deals: one every 244 / 30 = 8.1 → 8 days.
      expect(await derived(run)).toEqual([
        "目標：期間合計 16,000件（1人1稼働日あたり17件）",
        "目標：期間合計 1,600件（1人1稼働日あたり2件）",
        "目標：期間合計 120件（1人あたり約8稼働日に1件）",
      ]);

      await run.wizard.getByRole("button", { name: stepName(run, "review"), exact: true }).click();
      await expectStep(run, "review");
      const lines = await calcLines(run);
      expect(lines).toContain("商談 480件：1人あたり約2稼働日に1件"); // 244 / 120 = 2.0
      expect(lines).toContain("受注 120件：1人あたり約8稼働日に1件");
      expect(lines.join("\n")).not.toContain("1稼働日あたり1件");
      // The SMART check: no definitions nor reasons were written, and it says so for each KPI.
      const review = await run.wizard.locator(".step").innerText();
      expect(review).not.toContain(run.t(S.noFindings));
      const warnings = await run.wizard.locator(".findings li.msg-warning").allInnerTexts();
      const said = (text: string) => warnings.filter((w) => w.includes(text)).length;
      for (const kpi of ["架電数", "アポ獲得数", "受注数"]) {
        expect(said(`KPI「${kpi}」に定義がありません`), kpi).toBe(1);
        expect(said(`KPI「${kpi}」が、KGI（年間受注額）にどうつながるのか`), kpi).toBe(1);
      }

      await generate(run);
      await expectOurTabs(run);
      const wb = await workbook(run);
      // Stage ids in stage order, in Assumptions and in the named ranges.
      const assumptions = sheet(wb, "assumptions", "ja").display;
      expect(assumptions.filter((r) => /^stage_/.test(r[1] ?? "")).map((r) => r.slice(0, 3))).toEqual([
        ["新規", "stage_1", "架電"],
        ["新規", "stage_2", "アポ獲得"],
        ["新規", "stage_3", "商談"],
        ["新規", "stage_4", "受注"],
      ]);
      expect(Object.keys(wb.namedRanges).filter((n) => n.startsWith("REQ_main_"))).toEqual(
        [1, 2, 3, 4].map((n) => `REQ_main_stage_${n}`),
      );
      // The review cadence in words.
      expect(assumptions.find((r) => r[0] === "集計単位")?.[1]).toBe("週次（週ごと）");
      // Targets' per-rep-per-day line: 30,000,000 / 244 = 122,951 yen; 17 and 2 calls/appointments;
      // 商談 and 受注 below one a day, in days.
      expect(sheet(wb, "targets", "ja").display.filter((r) => r[0] === "佐藤" && r[1] === "")).toEqual([
        ["佐藤", "", "", "122,951", "17", "2", "約2稼働日に1件", "約8稼働日に1件"],
      ]);

      // A month in: the as-of date, then one day of actuals whose 架電→アポ rate (5 / 100 = 5%, half of
      // the planned 10%) is the bottleneck; アポ→商談 3 / 5 = 60% and 商談→受注 1 / 3 = 33% are above plan.
      const page = run.page;
      await openTab(page, "ダッシュボード");
      await typeRow(page, "B2", [AS_OF]);
      await openTab(page, "実績");
      await typeRow(page, "A2", ["2026-04-01", "佐藤", "100", "5", "3", "1", "1000000"]);
      await openTab(page, "ダッシュボード");
      const kgiRow = async () => (await gridTexts(page)).find((r) => r[0] === "KGI: 年間受注額") ?? [];
      await expect.poll(async () => (await kgiRow())[4]).toBe("1,000,000");
      const grid = await gridTexts(page);
      // April 2026: 22 weekdays less 4/29 = 21 working days. 120,000,000 × 21 / 244 = 10,327,868.9.
      // Working days elapsed: the row under the as-of date and the rep picker.
      expect(grid[3]?.[1]).toBe("21");
      // Money in whole yen: the KGI row's amounts and the reps' (30,000,000 × 21 / 244 = 2,581,967.2).
      const k = await kgiRow();
      expect(k.slice(2, 5)).toEqual(["120,000,000", "10,327,869", "1,000,000"]);
      for (const c of [7, 8, 9]) expect(k[c], `KGI column ${c}`).toMatch(/^[\d,]+$/);
      const sato = grid.find((r) => r[0] === "佐藤") ?? [];
      expect(sato.slice(1, 4)).toEqual(["30,000,000", "2,581,967", "1,000,000"]);

      // The KPI table (its header, the Status column) and the funnel beside the open sidebar.
      const head = rowIndex(grid, (r) => r[0] === "KPI" && r[10] === "状況");
      expect(await expectRowFits(page, grid, head)).toBe(11);
      let statuses = 0; // the KGI's and the three KPIs'
      for (let r = head + 1; r <= head + 4; r++) statuses += await expectRowFits(page, grid, r, 10);
      expect(statuses).toBe(4);
      const funnel = rowIndex(grid, (r) => r[0] === "段階" && r[6] === "ボトルネック");
      expect(await expectRowFits(page, grid, funnel)).toBe(7);
      const flagged = grid.flatMap((r, i) => (r[6] === "◀ ボトルネック" ? [[i, r[0]]] : []));
      expect(flagged).toEqual([[funnel + 1, "架電"]]);
      await expectRowFits(page, grid, funnel + 1, 6);
      await expectNoSideScroll(run, "ダッシュボード"); // every tab: scenario B
      expect(run.problems).toEqual([]);
      expect(run.dialogs).toEqual([]);
    } finally {
      await run.close();
    }
  });
});

describe("issue 15, scenario B (en): SaaS from its template", () => {
  it("reads 60M, names months and fields in words, and draws a Dashboard that fits", async () => {
    const saas = templates.find((x) => x.id === "saas");
    if (!saas) throw new Error("no saas template");
    const run = await open("en");
    try {
      // A negative goal first: the error names the field in words, never "must be > 0".
      await fillKgi(run, { name: "Annual bookings", target: "-60000000", unit: "USD" });
      expect(await field(run, "Target").getAttribute("aria-invalid")).toBe("true");
      const refused = await described(run, "Target");
      expect(refused).toContain("Target must be greater than 0 (got -60,000,000)");
      expect(refused).not.toMatch(/[>≥] ?0/);
      await field(run, "Target").fill("60M");
      expect(await field(run, "Target").getAttribute("aria-invalid")).toBeNull();
      expect(await described(run, "Target")).toContain("Read as 60,000,000");
      // The first month by name.
      const month = field(run, "First month");
      const months = "January February March April May June July August September October November December";
      expect(await month.locator("option").allInnerTexts()).toEqual(months.split(" "));
      expect(await month.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe("April");

      await next(run, "template");
      await applyTemplate(run, saas.title);
      await next(run, "process");
      // A deal value of 0: said with the field's name, then put back.
      const deal = field(run, "Average deal value (USD)");
      const kept = await deal.inputValue();
      await deal.fill("0");
      const zero = await described(run, "Average deal value (USD)");
      expect(zero).toContain("Average deal value must be greater than 0 (got 0)");
      expect(zero).not.toMatch(/[>≥] ?0/);
      await deal.fill(kept);
      expect(await deal.getAttribute("aria-invalid")).toBeNull();
      for (const step of ["kfs", "kpis", "team", "review"] as const) await next(run, step);
      await generate(run);
      await expectOurTabs(run);

      const page = run.page;
      await openTab(page, "Dashboard");
      await typeRow(page, "B2", [AS_OF]);
      // April 2026 has 22 weekdays; English plans have no default holidays.
      await expect.poll(async () => (await gridTexts(page))[3]?.[1]).toBe("22");
      const grid = await gridTexts(page);
      const head = rowIndex(grid, (r) => r[0] === "KPI" && r[10] === "Status");
      expect(await expectRowFits(page, grid, head)).toBe(11);
      // Every status shown in the Status column, whole and on screen.
      let statuses = 0;
      for (let r = head + 1; grid[r]?.[0]; r++) statuses += await expectRowFits(page, grid, r, 10);
      expect(statuses).toBeGreaterThan(0);
      const funnel = rowIndex(grid, (r) => r[0] === "Stage" && r[5] === "Actual ÷ planned");
      expect(await expectRowFits(page, grid, funnel)).toBe(7);
      await expectNoSideScroll(run);
      expect(run.problems).toEqual([]);
      expect(run.dialogs).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
