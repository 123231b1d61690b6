import { type Locale, localeOf } from "../domain/i18n";
import { menuText } from "./text";

const ADDON_TITLE = "KPI Designer";

function userLocale(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): Locale | null {
  // In AuthMode.NONE the add-on is not enabled for this document yet: touch nothing but the menu.
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return null;
  return localeOf(Session.getActiveUserLocale());
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = userLocale(e);
  const label = (key: keyof typeof menuText) => {
    const text = menuText[key];
    return locale ? text[locale] : `${text.ja} (${text.en})`;
  };
  SpreadsheetApp.getUi().createAddonMenu().addItem(label("openWizard"), "openSidebar").addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
