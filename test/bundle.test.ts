import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { customFunctions } from "../src/functions/registry";
import { entryPoints } from "../src/server/entry-points";
import { CallLog } from "./support/call-log";
import { fakeUi } from "./support/fake-ui";
import { distDir, loadCodeJs } from "./support/gas";

const code = () => readFileSync(path.join(distDir, "Code.js"), "utf8");

// Apps Script's ScriptApp.AuthMode enum, as the trigger's event carries it.
const AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" };

describe("dist/Code.js as Apps Script loads it", () => {
  beforeAll(() => {
    expect(code().length).toBeGreaterThan(0); // built by `npm test` before vitest runs
  });

  it("defines every registry name as a top-level function", () => {
    const ctx = loadCodeJs();
    for (const { name } of entryPoints()) expect(typeof ctx[name], name).toBe("function");
  });

  it("gives each top-level stub the real parameter names", () => {
    for (const { name, params } of entryPoints()) {
      expect(code()).toContain(`function ${name}(${params.join(", ")}) {`);
    }
  });

  it("carries @customfunction help with every named parameter on each custom function", () => {
    expect(customFunctions.length).toBeGreaterThan(0);
    for (const f of customFunctions) {
      const at = code().indexOf(`function ${f.name}(`);
      const doc = code().slice(code().lastIndexOf("/**", at), at);
      expect(doc, f.name).toContain("@customfunction");
      for (const p of f.params)
        expect(doc, `${f.name} ${p.name}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]?`));
    }
  });

  it("leaves no import or export statement", () => {
    expect(code()).not.toMatch(/^\s*(import|export)\s/m);
    expect(code()).not.toMatch(/\bimport\s*\(|\brequire\(/);
  });

  it("loads into a fresh global each time", () => {
    const a = loadCodeJs();
    a.KPIDesigner = "clobbered";
    const b = loadCodeJs();
    expect(typeof (b.KPIDesigner as Record<string, unknown>).onOpen).toBe("function");
  });

  it("onOpen in AuthMode.NONE adds the menu and calls nothing else", () => {
    const log = new CallLog();
    const { ui, menus } = fakeUi(log);
    const touched = (service: string) =>
      new Proxy(
        {},
        {
          get(_t, prop) {
            if (prop === "AuthMode") return AuthMode;
            log.record(`${service}.${String(prop)}`);
            return () => {
              throw new Error(`${service}.${String(prop)} must not be called in AuthMode.NONE`);
            };
          },
        },
      );
    const ctx = loadCodeJs({
      SpreadsheetApp: {
        getUi() {
          log.record("SpreadsheetApp.getUi");
          return ui;
        },
        getActive: () => log.record("SpreadsheetApp.getActive"),
        getActiveSpreadsheet: () => log.record("SpreadsheetApp.getActiveSpreadsheet"),
      },
      ScriptApp: touched("ScriptApp"),
      Session: touched("Session"),
      PropertiesService: touched("PropertiesService"),
      DocumentApp: touched("DocumentApp"),
    });
    (ctx.onOpen as (e: unknown) => void)({ authMode: AuthMode.NONE });
    expect(log.calls).toEqual([
      "SpreadsheetApp.getUi",
      "Ui.createAddonMenu",
      "Menu.addItem",
      "Menu.addItem",
      "Menu.addItem",
      "Menu.addItem",
      "Menu.addItem",
      "Menu.addSeparator",
      "Menu.addItem",
      "Menu.addToUi",
    ]);
    expect(menus[0]?.items.map((i) => i.functionName)).toEqual([
      "openSidebar",
      "kpiMenuRefreshAsOf",
      "kpiMenuRecordReview",
      "kpiMenuTidyActuals",
      "kpiMenuConnectSource",
      "kpiMenuAbout",
    ]);
    // Without a known locale the labels carry both languages.
    expect(menus[0]?.items[0]?.caption).toBe("KPI設計ウィザードを開く (Open KPI wizard)");
    expect(menus[0]?.added).toBe(true);
  });

  it("onInstall runs onOpen", () => {
    const log = new CallLog();
    const { ui, menus } = fakeUi(log);
    const ctx = loadCodeJs({
      SpreadsheetApp: { getUi: () => ui },
      ScriptApp: { AuthMode },
      Session: { getActiveUserLocale: () => "en_US" },
    });
    (ctx.onInstall as (e: unknown) => void)({ authMode: AuthMode.FULL });
    expect(menus).toHaveLength(1);
    expect(menus[0]?.items[0]?.caption).toBe("Open KPI wizard");
  });

  // Under npm run test:mutation the bundle is built from Stryker's instrumented sources, whose size
  // says nothing of what ships; npm test always weighs the real one.
  it.skipIf(process.env.MUTATION_FOLDER)(
    "stays inside the Apps Script bundle budget (BRIEF §4: 250 KB)",
    () => {
      expect(Buffer.byteLength(code())).toBeLessThanOrEqual(250 * 1024);
    },
  );

  it("ships a manifest with V8 and exactly the least scopes", () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });
});
