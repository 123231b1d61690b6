// Connect a source in the local preview, in real Chromium (issue 19): a sheet added with "+", a form's
// responses pasted into it (Japanese questions, timestamps typed as Google Forms writes them in
// Japanese, a free-text column), the menu's Connect a source, the mapping and the first rows as they
// will count, then the Dashboard counting every response — and one that arrives afterwards. The step's
// questions on a header that reads two ways are tested in test/client/source-panel.test.ts.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S } from "../../src/client/strings-source";
import { type Preview, startPreview } from "../../src/local/preview/server";
import { N } from "../../src/workbook/names";
import {
  FORM_AFTER,
  FORM_AS_OF,
  FORM_BEFORE,
  FORM_HEADER,
  FORM_SHEET,
  FORM_TALLY,
  type FormResponse,
} from "../fixtures/form-responses";
import { jaPlan } from "../fixtures/plans";
import { launchChromium, openTab, watchProblems } from "./support";

let browser: Browser;
let preview: Preview;
let page: Page;
let problems: string[];
const api = (path: string, body?: unknown) =>
  fetch(
    new URL(path, preview.url),
    body === undefined ? undefined : { method: "POST", body: JSON.stringify(body) },
  );
/** A response as typed: "2026/04/01 9:15:02", as a Japanese form's sheet shows it. */
const typed = (r: FormResponse) => [`${r[0].replace(/-/g, "/")} ${r[1]}`, ...r.slice(2).map((v) => v ?? "")];

/** Named cells' shown text as numbers (¥3,000,000 → 3000000), from one read of the workbook. */
async function namedNumbers(...names: string[]): Promise<number[]> {
  const wb = await (await api("/api/workbook")).json();
  return names.map((name) => {
    const [sheet, cell] = String(wb.namedRanges[name]).replace(/\$/g, "").split("!") as [string, string];
    const view = wb.sheets.find((s: { name: string }) => s.name === sheet.replace(/^'|'$/g, ""));
    const col = (cell.match(/[A-Z]+/)?.[0] ?? "A").charCodeAt(0) - 65;
    const row = Number(cell.match(/\d+/)?.[0]) - 1;
    return Number(String(view.display[row][col]).replace(/[^\d.-]/g, ""));
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ port: 0, locale: "ja" });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchProblems(page);
  const g = await (await api("/api/run", { fn: "kpiGenerate", args: [jaPlan()] })).json();
  expect(g.returned?.ok, JSON.stringify(g)).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe("Connect a source in the preview (ja)", () => {
  it("adds the form's sheet, connects it from the menu, and the Dashboard counts every response", async () => {
    await page.goto(preview.url);
    page.once("dialog", (d) => void d.accept(FORM_SHEET));
    await page.getByRole("button", { name: "シートを追加" }).click();
    await page.getByRole("tab", { name: FORM_SHEET, exact: true }).waitFor();
    const pasted = await api("/api/cells", {
      sheet: FORM_SHEET,
      a1: "A1",
      values: [FORM_HEADER, ...FORM_BEFORE.map(typed)],
    });
    expect(pasted.status).toBe(200);

    // No reload: the panel asks the server for the sheets, and a reload would cut the page's own reads.
    await page.locator('#menu button[data-fn="kpiMenuConnectSource"]').click();
    const panel = page.frameLocator("#sidebar-frame");
    await panel.getByRole("heading", { level: 2, name: S.title.ja, exact: true }).waitFor();
    await panel.getByLabel(S.sheet.ja, { exact: true }).selectOption(FORM_SHEET);
    await expect.poll(() => panel.getByLabel("架電", { exact: true }).inputValue()).toBe("本日の架電数");
    expect(await panel.getByLabel("日付 （必須）", { exact: true }).inputValue()).toBe("タイムスタンプ");
    // The first rows as they will count: each timestamp on its date.
    const dates = await panel.locator(".preview-table tbody tr td:first-child").allInnerTexts();
    expect(dates).toEqual(["2026-04-01", "2026-04-01", "2026-04-30", "2026-05-01", "2026-05-15"]);
    // The README's picture of this step: `SCREENSHOTS=1 npx vitest run test/preview/connect.test.ts`.
    if (process.env.SCREENSHOTS)
      await page.locator("#sidebar").screenshot({ path: "docs/connect-source.png" });

    await panel.getByRole("button", { name: S.connect.ja, exact: true }).click();
    await panel.getByRole("status").filter({ hasText: "接続しました" }).waitFor({ timeout: 60_000 });
    // The as-of date pinned (the regeneration wrote =TODAY()), so the day the test runs does not matter.
    const asOf = String((await (await api("/api/workbook")).json()).namedRanges[N.asOf]);
    const [dash, cell] = asOf.replace(/\$/g, "").split("!") as [string, string];
    await api("/api/cells", { sheet: dash.replace(/^'|'$/g, ""), a1: cell, values: [[FORM_AS_OF]] });
    expect(await namedNumbers(N.kgiActual, N.kpiActual("calls"))).toEqual([
      FORM_TALLY.before.kgi,
      FORM_TALLY.before.calls,
    ]);

    // Responses keep arriving: pasted below, counted with nothing run.
    await api("/api/cells", {
      sheet: FORM_SHEET,
      a1: `A${FORM_BEFORE.length + 2}`,
      values: FORM_AFTER.map(typed),
    });
    expect(await namedNumbers(N.kgiActual, N.kpiActual("calls"))).toEqual([
      FORM_TALLY.after.kgi,
      FORM_TALLY.after.calls,
    ]);
    await openTab(page, FORM_SHEET);
    expect(problems).toEqual([]);
  });
});
