// The two HTML documents the preview serves, everything inline (no network): the page (a spreadsheet
// view, the menu, the sidebar panel) and dist/Sidebar.html with the google.script shim before its
// script. The page and shim scripts are TypeScript bundled with esbuild when the server starts.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as esbuild from "esbuild";
import type { Locale } from "../../domain/i18n";
import { T, type TextKey } from "./text";

const here = import.meta.dirname;

/** Content-Security-Policy of both documents: nothing but this server, inline code, data: images. */
export const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(here, "client", entry)],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  return inlineScript(result.outputFiles[0]?.text ?? "");
}

/** Script text safe inside <script>: "</" written "<\/" (the same in JS strings, templates and regexes). */
export function inlineScript(js: string): string {
  return js.replaceAll("</", "<\\/").replaceAll("<!--", "<\\!--");
}

/** JSON safe inside <script type="application/json">. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );
}

export interface Assets {
  pageScript: string;
  shimScript: string;
}

let cached: Promise<Assets> | null = null;

export function loadAssets(): Promise<Assets> {
  cached ??= Promise.all([bundle("page.ts"), bundle("shim.ts")]).then(([pageScript, shimScript]) => ({
    pageScript,
    shimScript,
  }));
  return cached;
}

export interface PageOptions {
  locale: Locale;
  menu: { caption: string; functionName: string }[];
  sidebarTitle: string;
}

const CSS = `
:root { --line: #e2e3e3; --head: #f8f9fa; --accent: #1a73e8; --muted: #5f6368; --text: #202124; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; color: var(--text); font-size: 13px;
  font-family: "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", Meiryo, Roboto, Arial, sans-serif; }
header.top { display: flex; align-items: center; gap: 16px; padding: 6px 12px; border-bottom: 1px solid var(--line);
  flex-wrap: wrap; }
.brand { display: flex; flex-direction: column; line-height: 1.2; }
.brand h1 { font-size: 16px; margin: 0; font-weight: 600; }
.brand small { color: var(--muted); font-size: 11px; }
.menubar { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; flex: 1; }
.menubar .label { color: var(--muted); margin-right: 2px; }
#menu { display: flex; gap: 6px; flex-wrap: wrap; }
button, a.button { font: inherit; font-size: 12.5px; padding: 4px 10px; border: 1px solid #dadce0; border-radius: 4px;
  background: #fff; color: var(--text); cursor: pointer; text-decoration: none; }
button:hover, a.button:hover { background: #f1f3f4; }
button:focus-visible, a.button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
a.button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
a.button.primary:hover { background: #1765cc; }
#messages { list-style: none; margin: 0; padding: 0 12px; }
#messages:empty { display: none; }
.message { display: flex; align-items: baseline; gap: 8px; margin: 6px 0; padding: 6px 10px; border-radius: 4px;
  background: #e8f0fe; border: 1px solid #c6dafc; white-space: pre-wrap; }
.message.error { background: #fce8e6; border-color: #f6c7c2; color: #a50e0e; }
.message .text { flex: 1; }
.message .dismiss { border: 0; background: transparent; font-size: 16px; line-height: 1; padding: 0 4px; }
.formula-bar { display: flex; align-items: stretch; border-bottom: 1px solid var(--line); border-top: 1px solid var(--line); }
#name-box { min-width: 90px; max-width: 260px; padding: 4px 8px; border-right: 1px solid var(--line); color: var(--muted);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.fx { padding: 4px 8px; color: var(--muted); font-style: italic; border-right: 1px solid var(--line); }
#formula { flex: 1; border: 0; font: inherit; padding: 4px 8px; min-width: 0; }
#formula:focus { outline: 2px solid var(--accent); outline-offset: -2px; }
.workspace { flex: 1; display: flex; min-height: 0; }
.sheet-area { flex: 1; display: flex; flex-direction: column; min-width: 0; }
#grid-wrap { flex: 1; overflow: auto; position: relative; background: #fff; isolation: isolate; }
#grid-wrap .empty { padding: 24px; color: var(--muted); }
#keys { position: fixed; left: 0; top: 0; width: 1px; height: 1px; opacity: 0; border: 0; padding: 0; resize: none;
  overflow: hidden; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 12.5px; }
table.grid th, table.grid td { height: 21px; padding: 0 4px; border-right: 1px solid var(--line);
  border-bottom: 1px solid var(--line); white-space: nowrap; overflow: hidden; text-overflow: clip; }
table.grid thead th { background: var(--head); color: var(--muted); font-weight: normal; height: 22px; text-align: center; }
table.grid th.row-head { background: var(--head); color: var(--muted); font-weight: normal; text-align: center;
  font-size: 11px; }
table.grid td { background: #fff; cursor: cell; }
table.grid td.named { box-shadow: inset 3px 0 0 var(--accent); }
table.grid td.bold { font-weight: 600; }
table.grid td.right { text-align: right; }
table.grid td.center { text-align: center; }
table.grid td.spill-host { overflow: visible; position: relative; z-index: 1; }
table.grid td .spill { position: absolute; left: 4px; top: 0; line-height: 20px; white-space: nowrap; overflow: hidden;
  z-index: 1; background: inherit; padding-right: 2px; }
table.grid td.editing { padding: 0; overflow: visible; position: relative; z-index: 2; }
/* What stays put while the rest scrolls under it, bottom to top: frozen rows, frozen columns, the cells
   frozen both ways, row numbers, column letters, the corner. A cell that runs on over its neighbours
   (or is being edited) sits one above the cells of its own layer. */
table.grid td.frozen-row, table.grid td.frozen-col { position: sticky; }
table.grid td.frozen-row { z-index: 3; }
table.grid td.frozen-row.spill-host, table.grid td.frozen-row.editing { z-index: 4; }
table.grid td.frozen-col { z-index: 5; }
table.grid td.frozen-col.spill-host, table.grid td.frozen-col.editing { z-index: 6; }
table.grid td.frozen-row.frozen-col { z-index: 7; }
table.grid td.frozen-row.frozen-col.spill-host, table.grid td.frozen-row.frozen-col.editing { z-index: 8; }
table.grid th.row-head { position: sticky; left: 0; z-index: 9; }
table.grid th.row-head.frozen-row { z-index: 10; }
table.grid thead th { position: sticky; top: 0; z-index: 11; }
table.grid thead th.frozen-col { z-index: 12; }
table.grid thead th.corner { left: 0; z-index: 13; }
table.grid td.freeze-bottom { border-bottom-color: #bdc1c6; }
table.grid td.freeze-right { border-right-color: #bdc1c6; }
table.grid td.in-range { background-image: linear-gradient(rgba(26, 115, 232, 0.12), rgba(26, 115, 232, 0.12)); }
table.grid td.selected { outline: 2px solid var(--accent); outline-offset: -2px; }
.cell-editor { width: 100%; min-width: 120px; height: 21px; font: inherit; border: 2px solid var(--accent); padding: 0 3px;
  position: relative; z-index: 1; background: #fff; }
#tabs { display: flex; gap: 2px; padding: 0 8px; background: var(--head); border-top: 1px solid var(--line);
  overflow-x: auto; flex: none; }
#tabs .tab { border: 0; border-radius: 0; background: transparent; padding: 7px 14px; color: var(--muted);
  white-space: nowrap; border-bottom: 3px solid transparent; }
#tabs .tab[aria-selected="true"] { background: #fff; color: #188038; border-bottom-color: #188038; font-weight: 600; }
.hint { color: var(--muted); font-size: 11px; padding: 3px 12px; background: var(--head); flex: none; }
#sidebar { width: 301px; flex: none; display: flex; flex-direction: column; border-left: 1px solid #dadce0;
  box-shadow: -1px 0 3px rgba(60,64,67,.15); background: #fff; }
#sidebar[hidden] { display: none; }
#sidebar .sidebar-head { display: flex; align-items: center; justify-content: space-between; padding: 10px 12px 8px;
  border-bottom: 1px solid var(--line); }
#sidebar .sidebar-head h2 { font-size: 15px; margin: 0; font-weight: 500; }
#sidebar-close { border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; color: var(--muted); }
#sidebar-frame { flex: 1; width: 300px; border: 0; }
`;

/** The preview page. Texts of the page are escaped here; dynamic ones are set with textContent. */
export async function pageHtml(options: PageOptions): Promise<string> {
  const { pageScript } = await loadAssets();
  const lang = options.locale;
  const t = (key: TextKey) => escapeHtml(T[key][lang]);
  const config = {
    locale: lang,
    menu: options.menu,
    sidebarTitle: options.sidebarTitle,
  };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("title")}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<header class="top">
  <div class="brand"><h1>${t("title")}</h1><small>${t("subtitle")}</small></div>
  <nav class="menubar" aria-label="${t("menuLabel")}">
    <span class="label">${t("menuLabel")}:</span>
    <div id="menu"></div>
  </nav>
  <a id="download" class="button primary" href="/api/download.xlsx" download="kpi-designer-preview.xlsx">${t("download")}</a>
</header>
<ul id="messages" aria-live="polite"></ul>
<div class="formula-bar" role="group" aria-label="${t("formulaBar")}">
  <div id="name-box" aria-label="${t("nameBox")}"></div>
  <div class="fx" aria-hidden="true">fx</div>
  <input id="formula" aria-label="${t("formulaBar")}" spellcheck="false" autocomplete="off">
</div>
<div class="workspace">
  <div class="sheet-area">
    <div id="grid-wrap"></div>
    <textarea id="keys" aria-label="${t("grid")}" spellcheck="false" autocomplete="off"></textarea>
    <div id="tabs" role="tablist" aria-label="${t("sheetTabs")}"></div>
    <div class="hint">${t("editHint")}</div>
  </div>
  <aside id="sidebar" aria-label="${t("sidebar")}">
    <div class="sidebar-head"><h2>${escapeHtml(options.sidebarTitle)}</h2>
      <button type="button" id="sidebar-close" aria-label="${t("closeSidebar")}" title="${t("closeSidebar")}">×</button></div>
    <iframe id="sidebar-frame" src="/sidebar" title="${escapeHtml(options.sidebarTitle)}"></iframe>
  </aside>
</div>
<script type="application/json" id="kpi-preview-config">${inlineJson(config)}</script>
<script>${pageScript}</script>
</body>
</html>
`;
}

/**
 * The sidebar with the shim: what the add-on last showed (openSidebar, or Record a review's panel),
 * else dist/Sidebar.html (read on each request, so a rebuilt sidebar shows on reload).
 */
export async function sidebarHtml(
  distDir: string,
  functions: readonly string[],
  shown?: string,
): Promise<string> {
  const { shimScript } = await loadAssets();
  const html = shown ?? (await readFile(path.join(distDir, "Sidebar.html"), "utf8"));
  const at = html.indexOf("<script");
  if (at < 0) throw new Error("dist/Sidebar.html has no <script>: run npm run build");
  const shim = `<script type="application/json" id="kpi-preview-shim-config">${inlineJson({ functions })}</script>\n<script>${shimScript}</script>\n`;
  return html.slice(0, at) + shim + html.slice(at);
}
