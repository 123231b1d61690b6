// docs/dashboard-libreoffice.png: the generated dashboard of a template with a synthetic log, as
// LibreOffice renders it after recalculating the exported xlsx.   npx tsx scripts/screenshot-dashboard.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { specToWorkbook, writeWorkbookFile } from "../src/cli/xlsx-writer";
import { addDays } from "../src/domain/calendar-dates";
import { templatePlan } from "../src/domain/templates";
import { syntheticActuals } from "../src/local/bench/recalc";
import { buildWorkbook } from "../src/workbook/build";

const plan = templatePlan("inside_sales_minimal", "ja");
const spec = buildWorkbook(plan, { existingActuals: syntheticActuals(plan, 109 * plan.team.length) });
// Pin the as-of date so the picture does not change with the day it is taken.
const dashboard = spec.sheets.find((s) => s.key === "dashboard");
const asOf = dashboard?.cells[1]?.[1];
if (asOf) {
  delete asOf.formula;
  asOf.value = addDays(plan.period.start, 160);
}
// The dashboard first: LibreOffice renders the first sheet.
spec.sheets.sort((a, b) => (a.key === "dashboard" ? -1 : b.key === "dashboard" ? 1 : 0));
const work = mkdtempSync(path.join(tmpdir(), "kpi-shot-"));
const xlsx = path.join(work, "dashboard.xlsx");
await writeWorkbookFile(specToWorkbook(spec), xlsx);
// A private profile that recalculates xlsx on load (LibreOffice does not by default).
const profile = path.join(work, "profile");
mkdirSync(path.join(profile, "user"), { recursive: true });
writeFileSync(
  path.join(profile, "user", "registrymodifications.xcu"),
  `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>`,
);
const lo = [
  `-env:UserInstallation=${pathToFileURL(profile).href}`,
  "--headless",
  "--convert-to",
  "html:HTML (StarCalc)",
];
execFileSync("soffice", [...lo, "--outdir", work, xlsx], { stdio: "ignore" });
// LibreOffice's HTML holds every sheet; keep the first (the dashboard) and let Chromium draw it.
const html = readFileSync(path.join(work, "dashboard.html"), "utf8");
const first = html.slice(html.indexOf('<A NAME="table0">'), html.indexOf('<A NAME="table1">'));
const page = path.join(work, "page.html");
writeFileSync(
  page,
  `<!doctype html><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK JP",sans-serif;font-size:12px;margin:8px}h1{display:none}td{padding:1px 4px}</style>${first}`,
);
const out = path.resolve(import.meta.dirname, "../docs/dashboard-libreoffice.png");
execFileSync(
  "/usr/bin/chromium",
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    `--user-data-dir=${path.join(work, "chrome")}`,
    "--window-size=1500,1250",
    `--screenshot=${out}`,
    pathToFileURL(page).href,
  ],
  { stdio: "ignore" },
);
console.log("docs/dashboard-libreoffice.png");
