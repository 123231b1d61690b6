import { format, type Locale, localeOf, pick } from "../domain/i18n";
import { N } from "../workbook/names";
import { BusyError, withDocumentLock } from "./generate";
import { readDocument } from "./ownership";
import { menuText, messages } from "./text";
import { applyTidy, tidyChanges } from "./tidy";

const ADDON_TITLE = "KPI Designer";

function menuLocale(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): Locale | null {
  // In AuthMode.NONE the add-on is not enabled for this document yet: touch nothing but the menu.
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return null;
  return localeOf(Session.getActiveUserLocale());
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = menuLocale(e);
  const label = (key: keyof typeof menuText) => {
    const text = menuText[key];
    return locale ? text[locale] : `${text.ja} (${text.en})`;
  };
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label("openWizard"), "openSidebar")
    .addItem(label("refreshAsOf"), "kpiMenuRefreshAsOf")
    .addItem(label("recordReview"), "kpiMenuRecordReview")
    .addItem(label("tidyActuals"), "kpiMenuTidyActuals")
    .addItem(label("connectSource"), "kpiMenuConnectSource")
    .addSeparator()
    .addItem(label("about"), "kpiMenuAbout")
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function openSidebar(): void {
  showSidebar("wizard");
}

/** The root the sidebar mounts into: the user's language is written on it, and a panel other than the wizard. */
const SIDEBAR_ROOT = '<main id="app">';

/**
 * The sidebar, opened on the wizard or on another panel (the client reads data-panel), in the user's
 * language from its first paint (data-locale), not the browser's until kpiGetContext answers.
 */
function showSidebar(panel: "wizard" | "review" | "source"): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
  const named = panel === "wizard" ? "" : ` data-panel="${panel}"`;
  html.setContent(html.getContent().replace(SIDEBAR_ROOT, `<main id="app" data-locale="${here()}"${named}>`));
  SpreadsheetApp.getUi().showSidebar(html);
}

const here = () => localeOf(Session.getActiveUserLocale());

export function kpiMenuRefreshAsOf(): void {
  const ui = SpreadsheetApp.getUi();
  const cell = SpreadsheetApp.getActive().getRangeByName(N.asOf);
  if (!cell) {
    ui.alert(pick(messages.noPlan, here()));
    return;
  }
  cell.setFormula("=TODAY()");
  ui.alert(pick(messages.asOfReset, here()));
}

/**
 * Record a review happens in the sidebar, where the playbook's remedies for the bottleneck are one
 * click each. Without our sheets there is nothing to review: say so at once, as before.
 */
export function kpiMenuRecordReview(): void {
  const doc = readDocument(SpreadsheetApp.getActive());
  if (!doc.own.get("review") || !doc.own.get("dashboard")) {
    SpreadsheetApp.getUi().alert(pick(messages.noPlan, here()));
    return;
  }
  showSidebar("review");
}

/** How a cell's value reads in the list Tidy actuals shows. */
const shown = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));
const TIDY_LISTED = 15;

export function kpiMenuTidyActuals(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = here();
  try {
    // Found and shown outside the lock, then written under it, each cell only if still as shown.
    const found = withDocumentLock(() => tidyChanges());
    if (!found) return void ui.alert(pick(messages.noPlan, locale));
    const { sheet, changes } = found;
    if (changes.length === 0) return void ui.alert(pick(messages.tidyNothing, locale));
    const lines = changes
      .slice(0, TIDY_LISTED)
      .map((c) => `${c.cell}: ${shown(c.before)} → ${shown(c.after)}`);
    if (changes.length > TIDY_LISTED)
      lines.push(format(pick(messages.tidyMore, locale), { n: changes.length - TIDY_LISTED }));
    const ask = format(pick(messages.tidyAsk, locale), { n: changes.length, list: lines.join("\n") });
    if (ui.alert(ADDON_TITLE, ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    const n = withDocumentLock(() => applyTidy(sheet, changes));
    ui.alert(format(pick(messages.tidyDone, locale), { n }));
  } catch (err) {
    if (err instanceof BusyError) ui.alert(pick(messages.busy, locale));
    else throw err;
  }
}

export function kpiMenuAbout(): void {
  SpreadsheetApp.getUi().alert(pick(messages.about, here()));
}

/** Connect a source happens in the sidebar (a mapping to confirm, a preview); it needs our sheets. */
export function kpiMenuConnectSource(): void {
  const doc = readDocument(SpreadsheetApp.getActive());
  if (!doc.own.get("dashboard") || !doc.own.get("meta")) {
    SpreadsheetApp.getUi().alert(pick(messages.noPlan, here()));
    return;
  }
  showSidebar("source");
}
