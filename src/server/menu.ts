import { format, type Locale, localeOf, pick } from "../domain/i18n";
import { N } from "../workbook/names";
import { BusyError } from "./generate";
import { NoPlanError, recordReview } from "./review";
import { menuText, messages } from "./text";

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
    .addSeparator()
    .addItem(label("about"), "kpiMenuAbout")
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
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

export function kpiMenuRecordReview(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = here();
  const answer = ui.prompt(ADDON_TITLE, pick(messages.reviewPrompt, locale), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  try {
    const r = recordReview(answer.getResponseText().slice(0, 5000));
    ui.alert(format(pick(messages.reviewDone, locale), { rows: r.rows, asOf: r.asOf }));
  } catch (err) {
    if (err instanceof NoPlanError) ui.alert(pick(messages.noPlan, locale));
    else if (err instanceof BusyError) ui.alert(pick(messages.busy, locale));
    else throw err;
  }
}

export function kpiMenuAbout(): void {
  SpreadsheetApp.getUi().alert(pick(messages.about, here()));
}
