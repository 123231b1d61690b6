// Sidebar entry: mounts the wizard into #app, on the Apps Script sidebar or on any plain page (the
// local preview). Without google.script.run the wizard still designs plans and says why it cannot
// write sheets.
import { h, render } from "preact";
import { App } from "./app";

const root = document.getElementById("app");
if (root) render(h(App, null), root);
