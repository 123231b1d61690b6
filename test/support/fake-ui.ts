import type { CallLog } from "./call-log";

export interface MenuRecord {
  items: { caption: string; functionName: string }[];
  added: boolean;
}

/** A fake of SpreadsheetApp.getUi() for menus, recording each call. */
export function fakeUi(log: CallLog) {
  const menus: MenuRecord[] = [];
  const ui = {
    createAddonMenu() {
      log.record("Ui.createAddonMenu");
      const menu: MenuRecord = { items: [], added: false };
      menus.push(menu);
      const builder = {
        addItem(caption: string, functionName: string) {
          log.record("Menu.addItem");
          menu.items.push({ caption, functionName });
          return builder;
        },
        addSeparator() {
          log.record("Menu.addSeparator");
          return builder;
        },
        addToUi() {
          log.record("Menu.addToUi");
          menu.added = true;
        },
      };
      return builder;
    },
    showSidebar(html: unknown) {
      log.record("Ui.showSidebar");
      return html;
    },
  };
  return { ui, menus };
}
