// Sidebar entry: mounts the wizard (or the panel the menu opened it on) into #app, on the Apps Script
// sidebar or on any plain page (the local preview). Without google.script.run the wizard still
// designs plans and says why it cannot write sheets.
import { h, render } from "preact";
import { panelOf, rootLocale, Sidebar } from "./sidebar-root";

const root = document.getElementById("app");
if (root) {
  const locale = rootLocale(root.dataset.locale);
  render(h(Sidebar, { panel: panelOf(root.dataset.panel), ...(locale ? { locale } : {}) }), root);
}
