// A .csv as a spreadsheet opens it: the bytes decoded as UTF-8 (with or without a BOM) or Shift_JIS
// (Japanese Excel's CSV default), numbers as numbers (1,234 too), dates and timestamps as dates — a
// timestamp counts on the date it shows (Google Forms writes 2027/01/05 9:15:02), whatever zone this
// machine is in — and the rest as text. A date that does not exist (2026-04-31) stays text.
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/** The text of a CSV file's bytes: UTF-8 when they are valid UTF-8, else Shift_JIS. */
export function csvText(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Shift_JIS as Windows writes it (cp932: ①, ㈱ and NEC's extensions), which WHATWG's decoder reads.
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

const DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** One CSV field as the cell a spreadsheet makes of it. */
export function csvCell(field: string): string | number | boolean | Date | null {
  if (field === "") return null;
  const trimmed = field.trim();
  if (DECIMAL.test(trimmed) && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  if (GROUPED.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  const d = DATE.exec(trimmed);
  if (d) {
    const [y, m, day, h = "0", min = "0", s = "0"] = d.slice(1).map((x) => x ?? "0");
    const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
    const real = at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(day);
    if (real && Number(h) < 24 && Number(min) < 60 && Number(s) < 60) return at;
  }
  return field;
}

export async function readCsv(path: string): Promise<ExcelJS.Worksheet> {
  const text = csvText(await readFile(path));
  const wb = new ExcelJS.Workbook();
  return wb.csv.read(Readable.from([text]), { map: (field: string) => csvCell(field) });
}
