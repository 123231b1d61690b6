// Turns what cells hand a custom function into checked values, one row at a time, so that one
// call over B2:B500 fills a column. Every rejection names the function, the argument and what is
// allowed.

import { isoDateInZone } from "../domain/calendar-dates";
import { FunctionArgumentError } from "./errors";
import type { CellInput, CellOutput, CellValue, ParamSpec } from "./spec";

export interface CallContext {
  /** The spreadsheet's time zone: date cells arrive as midnight there. */
  timeZone: string;
}

export type RowValue = number | string | undefined;

const isEmpty = (v: CellValue): boolean => v === null || v === undefined || v === "";

function isRange(v: CellInput): v is CellValue[][] {
  return Array.isArray(v);
}

/** Flattens a range to one value per row; a range must be one column (or one row, read as a column). */
function column(fn: string, p: ParamSpec, range: CellValue[][]): CellValue[] {
  const rows = range.length;
  const width = rows > 0 ? (range[0]?.length ?? 0) : 0;
  if (width === 1) return range.map((r) => r[0]);
  if (rows === 1) return range[0] ?? [];
  throw new FunctionArgumentError(fn, {
    en: `${p.name} must be a single column or a single row (got ${rows}×${width})`,
    ja: `${p.description.ja}は1列または1行の範囲で指定してください（${rows}×${width}）`,
  });
}

export function checkValue(fn: string, p: ParamSpec, v: CellValue, ctx: CallContext): number | string {
  if (p.type === "text" || p.type === "texts") return String(v);
  if (p.type === "date" || p.type === "dates") {
    if (v instanceof Date && !Number.isNaN(v.getTime())) return isoDateInZone(v, ctx.timeZone);
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a date (got ${JSON.stringify(v)})`,
      ja: `${p.description.ja}は日付で指定してください（${JSON.stringify(v)}）`,
    });
  }
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a number (got ${JSON.stringify(v)})`,
      ja: `${p.description.ja}は数値で指定してください（${JSON.stringify(v)}）`,
    });
  }
  if (p.type === "fraction" && !(v > 0 && v <= 1)) {
    const hint = v > 1 && v <= 100 ? ` — for ${v}% write ${v / 100}` : "";
    const hintJa = v > 1 && v <= 100 ? `。${v}%なら${v / 100}と入力` : "";
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a fraction between 0 and 1 (got ${v}${hint})`,
      ja: `${p.description.ja}は0〜1の小数で指定してください（${v}${hintJa}）`,
    });
  }
  return v;
}

/**
 * Runs `perRow` once per row. Scalars apply to every row; ranges must all have the same number of
 * rows. Rows whose required arguments are empty give "" (a blank cell), not an error.
 */
export function mapRows(
  fn: string,
  params: readonly ParamSpec[],
  args: readonly CellInput[],
  ctx: CallContext,
  perRow: (values: RowValue[]) => number | string,
): CellOutput {
  const required = params.filter((p) => !p.optional).length;
  if (args.length < required || args.length > params.length) {
    throw new FunctionArgumentError(fn, {
      en: `expects ${required === params.length ? required : `${required} to ${params.length}`} arguments (${params.map((p) => p.name).join(", ")}), got ${args.length}`,
      ja: `引数の数が違います（${params.map((p) => p.name).join(", ")}）`,
    });
  }
  let rows: number | null = null;
  let rowsFrom = "";
  const columns = params.map((p, i) => {
    const a = args[i];
    if (a === undefined || !isRange(a)) return null;
    const col = column(fn, p, a);
    if (rows !== null && col.length !== rows) {
      throw new FunctionArgumentError(fn, {
        en: `${p.name} has ${col.length} rows but ${rowsFrom} has ${rows}: ranges must be the same size`,
        ja: `範囲の行数が揃っていません（${p.name}: ${col.length}行、${rowsFrom}: ${rows}行）`,
      });
    }
    rows = col.length;
    rowsFrom = p.name;
    return col;
  });
  const runRow = (r: number): number | string => {
    const values: RowValue[] = [];
    for (const [i, p] of params.entries()) {
      const col = columns[i];
      const raw = col ? col[r] : (args[i] as CellValue);
      if (isEmpty(raw)) {
        if (!p.optional) return "";
        values.push(undefined);
      } else {
        values.push(checkValue(fn, p, raw, ctx));
      }
    }
    return perRow(values);
  };
  if (rows === null) return runRow(0);
  const out: (number | string)[][] = [];
  for (let r = 0; r < rows; r++) out.push([runRow(r)]);
  return out;
}
