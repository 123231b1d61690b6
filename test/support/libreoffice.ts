// LibreOffice as a formula engine for exported workbooks: `soffice --headless --convert-to xlsx`
// recalculates every formula (with a private profile that tells it to recalculate xlsx files on
// load, which it does not do by default) and writes the results back, for exceljs to read.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/usr/bin/libreoffice",
  "/opt/libreoffice/program/soffice",
];

export const MISSING_SOFFICE =
  "LibreOffice (soffice) is not installed: run .ci/run, which installs libreoffice-calc-nogui from Debian " +
  "(or: sudo apt-get install libreoffice-calc-nogui)";

export function sofficePath(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "soffice"))) return join(dir, "soffice");
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** OOXMLRecalcMode / ODFRecalcMode 0 = always recalculate on load. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates `files` (.xlsx) in ONE soffice run and returns the recalculated copies, in order, in
 * a new folder. Throws with soffice's output when it is missing, fails or times out.
 */
export async function recalculate(files: readonly string[], timeoutMs = 240_000): Promise<string[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error(MISSING_SOFFICE);
  const work = await mkdtemp(join(tmpdir(), "kpi-lo-"));
  const profile = join(work, "profile");
  const outDir = join(work, "out");
  await mkdir(join(profile, "user"), { recursive: true });
  await mkdir(outDir);
  await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...files,
  ];
  const output = await new Promise<string>((done, reject) => {
    execFile(soffice, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const why = error.killed ? `timed out after ${timeoutMs} ms` : error.message;
        reject(new Error(`soffice failed (${why}):\n${stdout}\n${stderr}`));
      } else done(`${stdout}\n${stderr}`);
    });
  });
  const results = files.map((f) => join(outDir, basename(f)));
  const missing = results.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`soffice wrote no ${missing.join(", ")}:\n${output}`);
  await rm(profile, { recursive: true, force: true });
  return results;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** What a cell shows after recalculation: a formula's result, or its value. */
export function shown(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** A sheet's values as rows of what each cell shows (0-based, like the spec). */
export function shownRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = shown(cell);
    });
    out[r - 1] = cells;
  });
  return out;
}

const ERROR_TEXT = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)|Err:\d+)/;

/** Every cell showing an error: `Sheet!A1: #VALUE! (formula)`. */
export function errorCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = shown(cell);
        const isError =
          (typeof v === "object" && v !== null && "error" in v) ||
          (cell.type === ExcelJS.ValueType.Formula && typeof v === "string" && ERROR_TEXT.test(v));
        if (isError) {
          const formula = cell.type === ExcelJS.ValueType.Formula ? ` = ${cell.formula}` : "";
          found.push(`${ws.name}!${cell.address}: ${JSON.stringify(v)}${formula}`);
        }
      });
    });
  });
  return found;
}

/** The value a workbook-scope defined name's first cell shows (exceljs reads LibreOffice's names). */
export function namedValue(wb: ExcelJS.Workbook, name: string): unknown {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const range = model.find((d) => d.name === name)?.ranges[0];
  if (!range) throw new Error(`no defined name ${name}`);
  const m = /^(?:'((?:[^']|'')*)'|([^!]*))!\$?([A-Z]+)\$?(\d+)/.exec(range);
  if (!m) throw new Error(`cannot read the range of ${name}: ${range}`);
  const sheet = (m[1] ?? m[2] ?? "").replace(/''/g, "'");
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${name} refers to a missing sheet ${sheet}`);
  return shown(ws.getCell(`${m[3]}${m[4]}`));
}
