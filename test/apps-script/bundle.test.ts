// dist/Code.js (built by `npm run build`) loaded with gas-local, as Apps Script loads it, over the fakes.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";
import { distDir, loadCodeJs } from "../support/gas";

describe("dist/Code.js over the Apps Script fakes", () => {
  it("onOpen in AuthMode.FULL adds the menu; openSidebar shows dist/Sidebar.html titled KPI Designer", () => {
    const fake = createAppsScriptGlobals({ locale: "en_US" });
    const ctx = loadCodeJs(fake.globals);
    fake.bindRealm(ctx);
    (ctx.onOpen as (e: unknown) => void)({ authMode: "FULL" });
    const [menu] = fake.ui.addedMenus();
    expect(menu?.addon).toBe(true);
    expect(menu?.items).toContainEqual({
      kind: "item",
      caption: "Open KPI wizard",
      functionName: "openSidebar",
    });

    (ctx.openSidebar as () => void)();
    const [sidebar] = fake.ui.sidebars();
    expect(sidebar?.title).toBe("KPI Designer");
    // dist/Sidebar.html as built, with the user's language written on its root for the first paint.
    const built = readFileSync(path.join(distDir, "Sidebar.html"), "utf8");
    expect(built).toContain('<main id="app">');
    expect(sidebar?.content).toBe(built.replace('<main id="app">', '<main id="app" data-locale="en">'));
    expect(fake.log.count("HtmlService.createHtmlOutputFromFile")).toBe(1);
    expect(fake.log.count("Ui.showSidebar")).toBe(1);
  });

  it("in Japanese, the menu reads Japanese and the sidebar opens in Japanese", () => {
    const fake = createAppsScriptGlobals({ locale: "ja" });
    const ctx = loadCodeJs(fake.globals);
    (ctx.onOpen as (e: unknown) => void)({ authMode: "FULL" });
    expect(fake.ui.menuItems()[0]).toEqual({
      caption: "KPI設計ウィザードを開く",
      functionName: "openSidebar",
    });
    (ctx.openSidebar as () => void)();
    expect(fake.ui.sidebars()[0]?.content).toContain('<main id="app" data-locale="ja">');
  });

  it("code in the vm context gets Dates of its own realm and catchable exceptions", () => {
    const fake = createAppsScriptGlobals();
    const ctx = loadCodeJs(fake.globals);
    fake.bindRealm(ctx);
    fake.spreadsheet.write("Sheet1", "A1", [["2025-04-01"]]);
    const run = (code: string) => vm.runInContext(code, ctx);
    expect(run("SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue() instanceof Date")).toBe(
      true,
    );
    expect(
      run(
        "try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1) } catch (e) { [e instanceof Error, e.name, e.message] }",
      ),
    ).toEqual([true, "Exception", "The starting row of the range is too small."]);
    // A Date made in the vm is accepted as a Date.
    run("SpreadsheetApp.getActive().getSheets()[0].getRange('B1').setValue(new Date(2025, 3, 1, 12))");
    expect(fake.spreadsheet.cell("Sheet1", "B1").value).toBeInstanceOf(Date);
  });
});
