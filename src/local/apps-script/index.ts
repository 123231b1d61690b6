// In-memory fakes of the Apps Script services the add-on uses, with Apps Script's semantics, call
// counting, and formulas computed by HyperFormula. For tests (dist/Code.js loaded with gas-local)
// and the local preview server. Test and preview tools only, never product logic.
//
//   const fake = createAppsScriptGlobals({ locale: "ja" });
//   const ctx = loadCodeJs(fake.globals);      // gas-local: a fresh vm context
//   fake.bindRealm(ctx);                       // Dates and errors from that context's constructors
//   ctx.onOpen({ authMode: "FULL" });
//   fake.log.count("Range.setValues"); fake.spreadsheet.sheetValues("Actuals"); fake.ui.sidebars();
import path from "node:path";
import vm from "node:vm";
import { CallLog } from "./call-log";
import { DocumentState } from "./document";
import type { ExecContext, FakeOptions, Realm } from "./fake";
import {
  ChartsFake,
  ConsoleFake,
  HtmlServiceFake,
  LockServiceFake,
  LoggerFake,
  ScriptAppFake,
  SessionFake,
  UtilitiesFake,
} from "./services";
import { SpreadsheetAppFake } from "./spreadsheet-app";
import "./spreadsheet";
import { SpreadsheetInspector } from "./inspector";
import { UiRecorder } from "./ui-recorder";

export { type CallEntry, type CallFilter, CallLog, SPREADSHEET_SERVICE_CLASSES } from "./call-log";
export type { Realm } from "./fake";
export { sheetsConfig, sheetsEngine } from "./hyperformula-engine";
export type {
  AlertRecord,
  MenuEntry,
  MenuRecord,
  PromptAnswer,
  PromptRecord,
  ShownHtml,
  ToastRecord,
} from "./ui-recorder";
export { UiRecorder } from "./ui-recorder";
export { SpreadsheetInspector };

export interface AppsScriptOptions {
  /** Session.getActiveUserLocale(); default "en". */
  locale?: string;
  /** Spreadsheet.getSpreadsheetLocale(); default "ja_JP" when locale is Japanese, else "en_US". */
  spreadsheetLocale?: string;
  /** The spreadsheet's time zone (dates are midnight there); default "Asia/Tokyo". */
  timeZone?: string;
  /** Session.getScriptTimeZone(); default: the spreadsheet's time zone. */
  scriptTimeZone?: string;
  /** Where HtmlService.createHtmlOutputFromFile(name) reads name + ".html"; default dist/. */
  htmlDir?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Name of the sheet a new spreadsheet starts with; default "Sheet1" (ja: "シート1"). */
  firstSheetName?: string;
  /** What Ui.alert answers; default "OK". */
  alertResponse?: string;
  /** Also print Logger/console output (it is always kept in `logs`). */
  printLogs?: boolean;
  /** Constructors for returned Dates and thrown errors; default Node's. See bindRealm. */
  realm?: Realm;
}

/** What gas-local is given as the global object of one execution. */
export type AppsScriptGlobals = {
  SpreadsheetApp: SpreadsheetAppFake;
  Charts: ChartsFake;
  LockService: LockServiceFake;
  HtmlService: HtmlServiceFake;
  Session: SessionFake;
  ScriptApp: ScriptAppFake;
  Utilities: UtilitiesFake;
  Logger: LoggerFake;
  console: ConsoleFake;
};

export interface FakeAppsScript {
  /** The first execution's globals. */
  globals: AppsScriptGlobals;
  /** Every call on every fake object, all executions. */
  log: CallLog;
  /** Uncounted inspection (and seeding) of the document. */
  spreadsheet: SpreadsheetInspector;
  /** Menus, sidebars, dialogs, alerts and toasts shown, all executions. */
  ui: UiRecorder;
  /** Lines written with Logger.log and console.*. */
  logs: string[];
  /** Fresh service objects over the same document, as a second concurrent run of the script. */
  newExecution(): AppsScriptGlobals;
  /** Ends an execution: releases the locks it holds, as Apps Script does when a run ends. */
  endExecution(globals: AppsScriptGlobals): void;
  /** Makes an execution create Dates and errors with the constructors of a vm context. */
  bindRealm(context: vm.Context, globals?: AppsScriptGlobals): void;
  setRealm(realm: Realm, globals?: AppsScriptGlobals): void;
}

/** getId() of the fake spreadsheet unless `spreadsheetId` is given: stable across executions and runs. */
export const DEFAULT_SPREADSHEET_ID = "1FakeSpreadsheetIdForKpiDesignerTests000000";

const DEFAULT_HTML_DIR = path.resolve(import.meta.dirname, "../../../dist");

export function createAppsScriptGlobals(options: AppsScriptOptions = {}): FakeAppsScript {
  const locale = options.locale ?? "en";
  const ja = locale.toLowerCase().startsWith("ja");
  const spreadsheetLocale = options.spreadsheetLocale ?? (ja ? "ja_JP" : "en_US");
  const timeZone = options.timeZone ?? "Asia/Tokyo";
  const doc = new DocumentState({
    id: options.spreadsheetId ?? DEFAULT_SPREADSHEET_ID,
    name: options.spreadsheetName ?? "KPI Designer test",
    timeZone,
    locale: spreadsheetLocale,
    firstSheetName: options.firstSheetName ?? (spreadsheetLocale.startsWith("ja") ? "シート1" : "Sheet1"),
  });
  const fakeOptions: FakeOptions = {
    htmlDir: options.htmlDir ?? DEFAULT_HTML_DIR,
    userLocale: locale,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    alertResponse: options.alertResponse ?? "OK",
    printLogs: options.printLogs ?? false,
  };
  const log = new CallLog();
  const ui = new UiRecorder();
  const logs: string[] = [];
  const contexts = new WeakMap<object, ExecContext>();
  let executions = 0;

  const newExecution = (): AppsScriptGlobals => {
    const ctx: ExecContext = {
      execution: ++executions,
      log,
      doc,
      ui,
      options: fakeOptions,
      realm: options.realm ?? { Date, Error },
      logs,
    };
    const globals: AppsScriptGlobals = {
      SpreadsheetApp: new SpreadsheetAppFake(ctx)._self(),
      Charts: new ChartsFake(ctx)._self(),
      LockService: new LockServiceFake(ctx)._self(),
      HtmlService: new HtmlServiceFake(ctx)._self(),
      Session: new SessionFake(ctx)._self(),
      ScriptApp: new ScriptAppFake(ctx)._self(),
      Utilities: new UtilitiesFake(ctx)._self(),
      Logger: new LoggerFake(ctx)._self(),
      console: new ConsoleFake(ctx)._self(),
    };
    contexts.set(globals, ctx);
    return globals;
  };

  const globals = newExecution();
  const ctxOf = (g: AppsScriptGlobals) => {
    const ctx = contexts.get(g);
    if (!ctx) throw new Error("these globals do not come from this fake");
    return ctx;
  };
  const inspectCtx: ExecContext = {
    ...ctxOf(globals),
    execution: 0,
    log: new CallLog(),
    realm: { Date, Error },
  };

  return {
    globals,
    log,
    ui,
    logs,
    spreadsheet: new SpreadsheetInspector(inspectCtx),
    newExecution,
    endExecution(g) {
      const ctx = ctxOf(g);
      for (const [scope, holder] of [...doc.locks]) if (holder === ctx.execution) doc.locks.delete(scope);
    },
    bindRealm(context, g = globals) {
      ctxOf(g).realm = vm.runInContext("({ Date: Date, Error: Error })", context) as Realm;
    },
    setRealm(realm, g = globals) {
      ctxOf(g).realm = realm;
    },
  };
}

export type { CellInfo, ValidationInfo } from "./inspector";
