// Shared by the command-line tests: running the command as a user would, temporary folders, and
// reading an exported workbook back.
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { vi } from "vitest";
import { main } from "../../src/cli/main";
import { inspectWorkbook, sheetValues } from "../../src/cli/xlsx-reader";
import type { Plan } from "../../src/domain/plan";
import type { CellValue } from "../../src/workbook/actuals";

export const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/kpi-designer.mjs");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/kpi-designer.mjs ...args`, as a user runs it (from `cwd`, the project root by default). */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** main() in this process, with its output captured instead of printed (one call at a time). */
export function runMain(args: string[]): Promise<Run> {
  const run = queue.then(() => runMainNow(args));
  queue = run.catch(() => {});
  return run;
}

async function runMainNow(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    stdout += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

export const tempDir = (prefix = "kpi-cli-") => mkdtemp(join(tmpdir(), prefix));

export async function writePlan(dir: string, plan: unknown, name = "plan.json"): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${JSON.stringify(plan, null, 2)}\n`);
  return path;
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Defined names of a workbook read by exceljs: name → ranges. */
export function definedNames(wb: ExcelJS.Workbook): Map<string, string[]> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return new Map(model.map((d) => [d.name, d.ranges]));
}

/** No line of a stack trace ("    at fn (file:line)") in the output. */
export const hasStackTrace = (text: string) => /^\s{4}at /m.test(text);

/** Text a user could type that a careless writer would turn into a formula or markup. */
export const TRICKY = ['=HYPERLINK("http://x")', "+81 3-1234", "-1", "@SUM(A1)", "<b>x</b>", '=1+1 "q"'];

/** A valid plan whose every name is tricky text (BRIEF §3.5: typed text stays text). */
export function trickyPlan(base: Plan): Plan {
  const plan = structuredClone(base);
  let n = 0;
  const next = () => `${TRICKY[n % TRICKY.length]}${n++ < TRICKY.length ? "" : ` ${n}`}`;
  plan.title = TRICKY[0] as string;
  plan.kgi.name = TRICKY[1] as string;
  plan.kgi.unit = "@JPY";
  plan.kfs = plan.kfs.map((k, i) => ({ ...k, name: TRICKY[(i + 2) % TRICKY.length] as string, note: "=A1" }));
  for (const s of plan.streams) {
    s.name = next();
    for (const g of s.stages) g.name = next();
  }
  for (const k of plan.kpis) {
    k.name = next();
    k.definition = "-definition <i>with</i> markup";
  }
  plan.team = plan.team.map((m, i) => ({
    ...m,
    name: i < TRICKY.length ? (TRICKY[i] as string) : `@rep ${i}`,
  }));
  return plan;
}

/** Our Actuals sheet of a workbook, found the way --update finds it (through the data sheet). */
export function actualsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const name = inspectWorkbook(wb).ours.actuals;
  const ws = name ? wb.getWorksheet(name) : undefined;
  if (!ws) throw new Error("no Actuals sheet of ours");
  return ws;
}

/**
 * Types rows into the Actuals sheet as a user would in Excel: each row is header → value, written
 * below the last row in use; `also` may change anything else before the file is saved.
 */
export async function typeIntoActuals(
  path: string,
  rows: Record<string, ExcelJS.CellValue>[],
  also?: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = await readXlsx(path);
  const ws = actualsSheet(wb);
  const values = sheetValues(ws);
  const headers = (values[0] ?? []).map((h) => String(h ?? ""));
  let r = values.length + 1;
  for (const row of rows) {
    for (const [header, value] of Object.entries(row)) {
      const col = headers.indexOf(header);
      if (col < 0) throw new Error(`no column "${header}" in ${headers.join(" | ")}`);
      ws.getCell(r, col + 1).value = value;
    }
    r++;
  }
  also?.(wb);
  await wb.xlsx.writeFile(path);
}

/** The Actuals as the file holds them: headers and rows of plain values (dates YYYY-MM-DD). */
export async function actualsTable(path: string): Promise<{ headers: string[]; rows: CellValue[][] }> {
  const values = sheetValues(actualsSheet(await readXlsx(path)));
  const [head = [], ...rows] = values;
  return { headers: head.map((h) => String(h ?? "")), rows };
}

/**
 * Inserts a column before `col` (1-based) of `ws` as Excel and LibreOffice do: the cells to its right
 * move, and so do the defined names that point at them (exceljs's spliceColumns moves both).
 */
export function insertColumn(ws: ExcelJS.Worksheet, col: number, values: unknown[]): void {
  ws.spliceColumns(col, 0, values);
}
