// The local preview in real Chromium: the page, the real sidebar talking to dist/Code.js through the
// google.script.run shim, typing into the sheets, the menu, the .xlsx download, and bad requests.
import { copyFileSync, mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEGACY_DRAFT_KEY, serializeDraft } from "../../src/client/draft";
import { R } from "../../src/client/strings-review";
import { planFunnel } from "../../src/domain/funnel";
import { templatePlan } from "../../src/domain/templates";
import { type Preview, startPreview } from "../../src/local/preview/server";
import { menuText, messages } from "../../src/server/text";
import { L, sheetNames } from "../../src/workbook/labels";
import { templateState } from "../client/helpers";
import { errorCells, namedValue, readWorkbook, recalculate } from "../support/libreoffice";
import {
  cellText,
  count,
  gridTexts,
  launchChromium,
  openTab,
  rowWith,
  run,
  typeRow,
  watchProblems,
} from "./support";

const TEMPLATE = "inside_sales_minimal";
const plan = templatePlan(TEMPLATE, "ja");
const sheet = (key: keyof typeof sheetNames) => sheetNames[key].ja;

let browser: Browser;
let preview: Preview;
let page: Page;
let problems: string[];
const sidebar = () => {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("no sidebar frame");
  return frame;
};
const api = (path: string, init?: RequestInit) => fetch(new URL(path, preview.url), init);
const post = (path: string, body: string) => api(path, { method: "POST", body });
const workbook = async () => (await api("/api/workbook")).json();
/** fetch will not send another Host header: node:http will. */
const rawRequest = (method: string, path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(new URL(path, preview.url), { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });

beforeAll(async () => {
  browser = await launchChromium();
  preview = await startPreview({ port: 0, locale: "ja" });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe("local preview (ja)", () => {
  it("loads with no console errors or failed requests; the sidebar shows the wizard's first step", async () => {
    await page.goto(preview.url);
    await expect.poll(() => page.title()).toBe("KPI Designer — ローカルプレビュー");
    const heading = page.frameLocator("#sidebar-frame").locator("#step-title");
    await heading.waitFor({ state: "visible" });
    expect(await heading.innerText()).toBe("1. はじめに");
    // The add-on's menu, as onOpen added it.
    const captions = await page.locator("#menu button").allInnerTexts();
    expect(captions).toEqual([
      menuText.openWizard.ja,
      menuText.refreshAsOf.ja,
      menuText.recordReview.ja,
      menuText.tidyActuals.ja,
      menuText.connectSource.ja,
      menuText.about.ja,
    ]);
    await page.locator("table.grid").waitFor();
    expect(await page.getByRole("tab").allInnerTexts()).toEqual(["シート1"]);
    // The add-on's sidebar is 300 px wide, as in Sheets.
    expect(await page.locator("#sidebar-frame").boundingBox()).toMatchObject({ width: 300 });
    // The sidebar has asked the server for its context through the shim, without a failure.
    await expect.poll(() => sidebar().locator(".notice-warning").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("generates a template through the sidebar's google.script.run: every sheet, the funnel's counts", async () => {
    const frame = sidebar();
    const generated = await run(frame, "kpiGenerate", plan);
    expect(generated.ok, JSON.stringify(generated)).toBe(true);
    const result = (generated as { value: any }).value;
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    const names = result.value.sheets.map((s: { name: string }) => s.name);
    expect(names).toHaveLength(8);
    // The sidebar told the page, which redraws: a tab per sheet, the hidden data sheet not among them.
    await expect
      .poll(async () => (await page.getByRole("tab").allInnerTexts()).sort())
      .toEqual(["シート1", ...names].sort());

    await openTab(page, sheet("targets"));
    const grid = await gridTexts(page);
    for (const stream of planFunnel(plan)) {
      for (const stage of stream.stages) {
        const row = rowWith(grid, stream.name, stage.name);
        expect(row, `${stream.name} / ${stage.name}`).toBeDefined();
        expect(count(row?.[3])).toBe(stage.required);
      }
    }
    // Formulas on hover; the formula bar shows the selected cell's formula.
    const required = page.locator('table.grid td[data-a1="D6"]');
    expect(await required.getAttribute("title")).toContain("REQ_outbound_calls");
    await required.click();
    expect(await page.locator("#formula").inputValue()).toMatch(/^=/);
    expect(await page.locator("#name-box").innerText()).toContain("D6");
    // Inputs keep the writer's light blue.
    await openTab(page, sheet("assumptions"));
    const kgi = page.locator('table.grid td[data-a1="B6"]');
    expect(await kgi.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe("rgb(221, 235, 247)");
    expect(await kgi.getAttribute("title")).toContain("KGI_TARGET");
    // Named inputs are marked, lists (the team) on every cell; the log's columns are data, not inputs.
    expect(await kgi.evaluate((td) => getComputedStyle(td).boxShadow)).toContain("inset");
    const wb = await workbook();
    const team: string = wb.namedRanges.TEAM_NAMES;
    const [teamSheet, teamRef] = [
      team.slice(0, team.lastIndexOf("!")),
      team.slice(team.lastIndexOf("!") + 1),
    ];
    const lastTeamCell = teamRef.split(":")[1] as string;
    const namesOn = (name: string) => wb.sheets.find((x: { name: string }) => x.name === name).names;
    expect(namesOn(teamSheet)[lastTeamCell]).toContain("TEAM_NAMES");
    expect(await page.locator(`table.grid td[data-a1="${lastTeamCell}"]`).getAttribute("class")).toContain(
      "named",
    );
    expect(namesOn(sheet("actuals")).A2 ?? []).not.toContain("ACT_DATE");
  });

  it("gives the failure handler an Error when a function throws, and has no runner for unknown names", async () => {
    const frame = sidebar();
    const ok = await run(frame, "KPI_REQUIRED_CALLS", 120000000, 1000000, 0.25, 0.5, 0.1);
    expect(ok).toEqual({ ok: true, value: 9600 });
    const bad = await run(frame, "KPI_REQUIRED_CALLS", 120000000, 1000000, 25, 0.5, 0.1);
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ isError: true, message: expect.stringContaining("KPI_REQUIRED_CALLS") });
    expect(await frame.evaluate(() => typeof (window as any).google.script.run.eval)).toBe("undefined");
  });

  it("refuses a Date in the arguments, as google.script.run does, before anything reaches the server", async () => {
    const frame = sidebar();
    const dated = await run(frame, "KPI_CONVERSION", { at: [new Date(2026, 3, 1)] }, 1);
    expect(dated).toMatchObject({ ok: false, isError: true, message: expect.stringContaining("a Date") });
  });

  it("typing an actual into Actuals (select, type, Enter) changes the Dashboard's actual to date", async () => {
    const callsKpi = plan.kpis.find((k) => "stage" in k.source && k.source.stage === "calls");
    if (!callsKpi) throw new Error("template without a calls KPI");
    const actualToDate = async () => {
      await openTab(page, sheet("dashboard"));
      const grid = await gridTexts(page);
      const header = rowWith(grid, L.actualToDate.ja) ?? [];
      return count(rowWith(grid, callsKpi.name)?.[header.indexOf(L.actualToDate.ja)]);
    };
    // The as-of date pinned at the period's end, typed over =TODAY(), so the day the test runs does not matter.
    await openTab(page, sheet("dashboard"));
    await typeRow(page, "B2", [plan.period.end]);
    await expect.poll(() => cellText(page, "B2")).toBe(plan.period.end);
    expect(await actualToDate()).toBe(0);

    await openTab(page, sheet("actuals"));
    await typeRow(page, "A2", [plan.period.start, "佐藤", "40"]);
    await expect.poll(() => cellText(page, "C2")).toBe("40");
    await expect.poll(() => cellText(page, "B2")).toBe("佐藤");
    await expect.poll(() => cellText(page, "A2")).toBe(plan.period.start);
    // Enter after Tabs goes back to the first column, on the next row.
    expect(await page.locator("#name-box").innerText()).toBe("A3");
    await expect.poll(actualToDate).toBe(40);

    // Tab-separated text pasted at the selected cell (a CRM export).
    await openTab(page, sheet("actuals"));
    await page.locator('table.grid td[data-a1="A3"]').click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(event);
    }, `${plan.period.start}\t鈴木\t35\r\n${plan.period.start}\t高橋\t25\r\n`);
    await expect.poll(() => cellText(page, "C4")).toBe("25");
    await expect.poll(() => cellText(page, "B3")).toBe("鈴木");
    await expect.poll(actualToDate).toBe(100);
  });

  it("runs the menu: Record a review opens the sidebar on its panel, and records the note as text", async () => {
    await page.locator('#menu button[data-fn="kpiMenuRecordReview"]').click();
    const panel = page.frameLocator("#sidebar-frame");
    await panel.getByRole("heading", { level: 2, name: R.title.ja, exact: true }).waitFor();
    await panel.getByLabel(R.note.ja, { exact: true }).fill("<b>架電リストを見直す</b>");
    await panel.getByRole("button", { name: R.record.ja, exact: true }).click();
    await panel.getByRole("status").filter({ hasText: "レビュー記録に" }).waitFor();
    await openTab(page, sheet("review"));
    const grid = await gridTexts(page);
    expect(grid.filter((r) => r.includes("<b>架電リストを見直す</b>")).length).toBe(plan.kpis.length + 1);
    expect(await page.locator("table.grid b").count()).toBe(0); // text, never markup

    await page.locator('#menu button[data-fn="kpiMenuAbout"]').click();
    await expect.poll(() => page.locator("#messages").innerText()).toContain(messages.about.ja);

    // The sidebar closes like Google's, and the menu's first item opens it again.
    await page.locator("#sidebar-close").click();
    await page.locator("#sidebar").waitFor({ state: "hidden" });
    await page.locator('#menu button[data-fn="openSidebar"]').click();
    await page.locator("#sidebar").waitFor({ state: "visible" });
    await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
    expect(problems).toEqual([]);
  });

  it("shows what the Dashboard cannot count, and Tidy actuals fixes what was obviously meant", async () => {
    const rep = plan.team[0]?.name as string;
    const log = (await workbook()).sheets.find((s: { name: string }) => s.name === sheet("actuals"));
    const free = (log.display as string[][]).findIndex((row, i) => i > 0 && row.every((v) => v === ""));
    const r = await post(
      "/api/cells",
      JSON.stringify({
        sheet: sheet("actuals"),
        a1: `A${free + 1}`,
        values: [
          ["2026-04-01", rep, "７０", ""],
          ["2026-04-02", rep, 5, "20件"],
        ],
      }),
    );
    expect(r.status).toBe(200);
    await page.reload();
    await openTab(page, sheet("dashboard"));
    const summary = () =>
      gridTexts(page).then((g) => g.flat().find((v) => v.startsWith("集計できない入力があります")));
    expect(await summary()).toBe("集計できない入力があります：2件（下の「集計できない入力」を参照）");
    page.once("dialog", (d) => {
      expect(d.type()).toBe("confirm");
      expect(d.message()).toContain('"７０" → 70');
      void d.accept();
    });
    await page.locator('#menu button[data-fn="kpiMenuTidyActuals"]').click();
    await expect.poll(() => page.locator("#messages").innerText()).toContain("2件の入力を整えました");
    await openTab(page, sheet("dashboard"));
    await expect.poll(summary).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it("downloads the workbook as .xlsx: every sheet, the named ranges, the typed actuals", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const key of ["tree", "assumptions", "targets", "actuals", "dashboard", "review", "meta"] as const)
      expect(names).toContain(sheet(key));
    expect(wb.getWorksheet(sheet("meta"))?.state).toBe("hidden");
    expect(wb.getWorksheet(sheet("dashboard"))?.state).toBe("visible");
    expect(wb.definedNames.getRanges("KGI_TARGET").ranges).toEqual([`'${sheet("assumptions")}'!$B$6`]);
    for (const stream of planFunnel(plan))
      for (const stage of stream.stages)
        expect(wb.definedNames.getRanges(`REQ_${stream.id}_${stage.id}`).ranges).toHaveLength(1);
    const actuals = wb.getWorksheet(sheet("actuals"));
    if (!actuals) throw new Error("no Actuals sheet in the download");
    expect(actuals.getCell("B2").value).toBe("佐藤");
    expect(actuals.getCell("C2").value).toBe(40);
    expect((actuals.getCell("A2").value as Date).toISOString().slice(0, 10)).toBe(plan.period.start);
    expect(actuals.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    const dashboard = wb.getWorksheet(sheet("dashboard"));
    const formulas: string[] = [];
    dashboard?.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula) formulas.push(c.formula);
      }),
    );
    // The Dashboard reads the log's whole columns: every row typed below the header counts.
    expect(formulas.some((f) => f.includes("SUMIFS('実績'!$C:$C"))).toBe(true);
    expect(formulas.some((f) => f.includes("IFERROR(_xlfn.NETWORKDAYS.INTL("))).toBe(true);
    expect(formulas.every((f) => !f.startsWith("="))).toBe(true);

    // It opens in a real spreadsheet program: LibreOffice recalculates it with no error cells and the
    // same required counts.
    const copy = path.join(mkdtempSync(path.join(tmpdir(), "kpi-download-")), "preview.xlsx");
    copyFileSync(file, copy);
    const [recalculated] = await recalculate([copy]);
    const opened = await readWorkbook(recalculated as string);
    expect(errorCells(opened)).toEqual([]);
    for (const stream of planFunnel(plan))
      for (const stage of stream.stages)
        expect(namedValue(opened, `REQ_${stream.id}_${stage.id}`)).toBe(stage.required);
  });

  it("refuses bad requests with a clear error, leaving the workbook and its version as they were", async () => {
    const before = await workbook();
    const refused = async (response: Response, status: number, code: string, mention?: string) => {
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
      if (mention) expect(body.error.message).toContain(mention);
    };
    for (const fn of ["nope", "eval", "constructor", "__proto__", "toString", "KPIDesigner"])
      await refused(await post("/api/run", JSON.stringify({ fn, args: [] })), 404, "unknown_function", fn);
    await refused(await post("/api/run", JSON.stringify({ fn: 42 })), 400, "bad_request");
    await refused(
      await post("/api/run", JSON.stringify({ fn: "kpiGenerate", args: "x" })),
      400,
      "bad_request",
    );
    await refused(await post("/api/run", '{"fn": "kpiGenerate", '), 400, "bad_json");
    await refused(await post("/api/run", "[1, 2]"), 400, "bad_request");
    const huge = JSON.stringify({ fn: "kpiGenerate", args: [{ title: "x".repeat(1024 * 1024) }] });
    await refused(await post("/api/run", huge), 413, "too_large");
    await refused(await post("/api/cells", huge), 413, "too_large");

    const cells = (body: unknown) => post("/api/cells", JSON.stringify(body));
    const actuals = sheet("actuals");
    await refused(await cells({ sheet: "Nope", a1: "A2", values: [[1]] }), 400, "bad_cells", "Nope");
    for (const a1 of ["ZZ", "A0", "0A", "A1:B", `${actuals}!A2`, "", 5])
      await refused(await cells({ sheet: actuals, a1, values: [[1]] }), 400, "bad_cells");
    for (const values of [
      [],
      [[]],
      [[1], [1, 2]],
      [[{ x: 1 }]],
      [["a"], "b"],
      "a",
      [[[1]]],
      [["x".repeat(50_001)]],
    ])
      await refused(await cells({ sheet: actuals, a1: "A2", values }), 400, "bad_cells");
    await refused(await cells({ sheet: actuals, a1: "A9000", values: [[1]] }), 400, "bad_cells", "A9000");
    await refused(await cells({ sheet: actuals, a1: "A2:B2", values: [[1]] }), 400, "bad_cells");
    await refused(await post("/api/menu", JSON.stringify({ item: "eval" })), 400, "unknown_menu_item");
    await refused(
      await post("/api/menu", JSON.stringify({ item: "kpiMenuRecordReview", note: 5 })),
      400,
      "bad_request",
    );
    await refused(await api("/api/nope"), 404, "not_found");
    await refused(await api("/api/run"), 405, "method_not_allowed");
    // A page elsewhere whose name points at 127.0.0.1 (DNS rebinding), or posting from another origin.
    const foreign = await rawRequest("GET", "/api/workbook", { host: "evil.example" });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.code).toBe("forbidden");
    const crossOrigin = await api("/api/cells", {
      method: "POST",
      headers: { origin: "http://evil.example" },
      body: JSON.stringify({ sheet: actuals, a1: "A2", values: [[1]] }),
    });
    await refused(crossOrigin, 403, "forbidden");

    expect(await workbook()).toEqual(before);
  });

  it("keeps one menu when onOpen runs again", async () => {
    const r = await post("/api/run", JSON.stringify({ fn: "onOpen", args: [{ authMode: "FULL" }] }));
    expect(r.status).toBe(200);
    expect(preview.session.menuItems().map((m) => m.functionName)).toEqual([
      "openSidebar",
      "kpiMenuRefreshAsOf",
      "kpiMenuRecordReview",
      "kpiMenuTidyActuals",
      "kpiMenuConnectSource",
      "kpiMenuAbout",
    ]);
  });

  it("writes through /api/cells and counts a version", async () => {
    const before = await workbook();
    const r = await post(
      "/api/cells",
      // Notes is a plain-text column: what is typed there stays text, even "=1+1".
      JSON.stringify({ sheet: sheet("actuals"), a1: "H5", values: [["=1+1"]] }),
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ version: before.version + 1, range: "H5" });
    const after = await workbook();
    const actuals = after.sheets.find((s: { name: string }) => s.name === sheet("actuals"));
    expect(actuals.display[4][7]).toBe("=1+1");
    expect(actuals.formulas[4][7]).toBe("");
  });

  it("a paste past the last row adds rows, as Sheets does, and the Dashboard counts them", async () => {
    const before = await workbook();
    const log = before.sheets.find((s: { name: string }) => s.name === sheet("actuals"));
    const last = log.maxRows as number; // the grid's last row
    // The Dashboard's calls to date, through the KPI's published handle (e.g. Dashboard!E9).
    const callsToDate = (wb: typeof before) => {
      const [, at] = String(wb.namedRanges.KPI_ACTUAL_calls).split("!");
      const m = /^([A-Z]+)(\d+)$/.exec(at ?? "") as RegExpExecArray;
      const dash = wb.sheets.find((s: { name: string }) => s.name === sheet("dashboard"));
      const shown = dash.display[Number(m[2]) - 1][(m[1] as string).charCodeAt(0) - 65] as string;
      return Number(shown.replaceAll(",", ""));
    };
    const rows = [0, 1, 2].map((i) => [`2026-04-0${i + 1}`, `paste ${i}`, 10]);
    const r = await post(
      "/api/cells",
      JSON.stringify({ sheet: sheet("actuals"), a1: `A${last - 1}`, values: rows }),
    );
    expect(r.status, await r.clone().text()).toBe(200);
    expect((await r.json()).range).toBe(`A${last - 1}:C${last + 1}`);
    const after = await workbook();
    const grown = after.sheets.find((s: { name: string }) => s.name === sheet("actuals"));
    expect(grown.maxRows).toBe(last + 1);
    expect(grown.display[last][1]).toBe("paste 2");
    // All three rows count, the one on the row Sheets added included: 3 × 10 calls.
    expect(callsToDate(after) - callsToDate(before)).toBe(30);
  });
});

describe("local preview (en)", () => {
  it("speaks English, and the wizard's own Generate button writes the sheets the page then shows", async () => {
    const en = await startPreview({ port: 0, locale: "en" });
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const issues = watchProblems(p);
    try {
      await p.goto(en.url);
      expect(await p.title()).toBe("KPI Designer — local preview");
      expect(await p.locator("#download").innerText()).toBe("Download .xlsx");
      expect(await p.locator("#menu button").allInnerTexts()).toEqual([
        "Open KPI wizard",
        "Reset dashboard date to today",
        "Record a review",
        "Tidy actuals",
        "Connect a source (form, deal list, CRM)",
        "Help / about",
      ]);
      const wizard = p.frameLocator("#sidebar-frame");
      await wizard.locator("#step-title").waitFor();
      expect(await wizard.locator("#step-title").innerText()).toBe("1. Start");
      // The wizard at its last step with a template's plan, as a user who filled it in would have it,
      // saved under the first release's single key: it moves to this spreadsheet's draft on open.
      const draft = serializeDraft(templateState(TEMPLATE, "en", "review"));
      await p.evaluate(([key, value]) => localStorage.setItem(key, value), [
        LEGACY_DRAFT_KEY,
        draft,
      ] as const);
      await p.reload();
      await expect.poll(() => p.evaluate((key) => localStorage.getItem(key), LEGACY_DRAFT_KEY)).toBe(null);
      await wizard.getByRole("button", { name: "Generate sheets" }).click();
      await wizard.getByText("Sheets generated").waitFor();
      await expect.poll(() => p.getByRole("tab").allInnerTexts()).toContain("Dashboard");
      expect(await p.locator("table.grid").getAttribute("data-sheet")).toBe("Dashboard");
      await p.locator('#menu button[data-fn="kpiMenuRefreshAsOf"]').click();
      await expect.poll(() => p.locator("#messages").innerText()).toContain(messages.asOfReset.en);
      expect(issues).toEqual([]);
    } finally {
      await p.close();
      await en.close();
    }
  });
});
