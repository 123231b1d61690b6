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

export type RowValue = number | string | undefined | (number | string)[];
export type RowResult = number | string | (number | string)[];

const isList = (p: ParamSpec) =>
  p.type === "numbers" || p.type === "fractions" || p.type === "texts" || p.type === "dates";

const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === "[object Date]" && !Number.isNaN((v as Date).getTime());

/** An empty cell: Sheets hands "", other callers may hand null or nothing. */
export const isEmpty = (v: CellValue): boolean => v === null || v === undefined || v === "";

/**
 * A value as an error message quotes it: text in quotes, numbers bare (JSON spells Infinity and NaN
 * "null", which says nothing), a date cell bare as the day the sheet shows (JSON would give the UTC
 * instant, the day before east of UTC).
 */
function shown(v: CellValue, ctx: CallContext): string {
  if (typeof v === "number") return String(v);
  if (isDate(v)) return isoDateInZone(v, ctx.timeZone);
  return JSON.stringify(v);
}

function isRange(v: CellInput): v is CellValue[][] {
  return Array.isArray(v);
}

/** A whole-range argument (rates, weights, names): every non-empty cell, in reading order. */
export function checkList(fn: string, p: ParamSpec, arg: CellInput, ctx: CallContext): (number | string)[] {
  const cells = Array.isArray(arg) ? arg.flat() : [arg];
  const given = p.blankIsZero ? cells.map((v) => (isEmpty(v) ? 0 : v)) : cells.filter((v) => !isEmpty(v));
  const values = given.map((v) => checkValue(fn, p, v, ctx));
  if (values.length === 0) {
    // An optional list with nothing in it (a blank cell, an empty column) is the same as none.
    if (p.optional) return values;
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must have at least one value`,
      ja: `${p.description.ja}を1つ以上指定してください`,
    });
  }
  return values;
}

/**
 * A range of several columns: its values run across, and so do the results. Only ranges column()
 * let through are asked, so several columns means one row.
 */
const isAcross = (range: CellValue[][]) => (range[0]?.length ?? 0) > 1;

/** Flattens a range to one value per row; a range must be one column (or one row, read as a column). */
function column(fn: string, p: ParamSpec, range: CellValue[][]): CellValue[] {
  const rows = range.length;
  // An empty array (no row at all) is no column either: it falls through to the refusal.
  const first = range[0] ?? [];
  const width = first.length;
  if (width === 1) return range.map((r) => r[0]);
  if (rows === 1) return first;
  throw new FunctionArgumentError(fn, {
    en: `${p.name} must be a single column or a single row (got ${rows}×${width})`,
    ja: `${p.description.ja}は1列または1行の範囲で指定してください（${rows}×${width}）`,
  });
}

export function checkValue(fn: string, p: ParamSpec, v: CellValue, ctx: CallContext): number | string {
  if (p.type === "text" || p.type === "texts") {
    const text = String(v).trim();
    if (p.oneOf && !p.oneOf.includes(text.toLowerCase())) {
      throw new FunctionArgumentError(fn, {
        en: `${p.name} must be ${p.oneOf.map((o) => `"${o}"`).join(" or ")} (got ${shown(v, ctx)})`,
        ja: `${p.description.ja}は ${p.oneOf.map((o) => `"${o}"`).join(" または ")} で指定してください（${shown(v, ctx)}）`,
      });
    }
    return p.oneOf ? text.toLowerCase() : text;
  }
  if (p.type === "date" || p.type === "dates") {
    // Not instanceof: a Date from another realm (Apps Script hands cells' dates across) is a Date too.
    if (isDate(v)) return isoDateInZone(v, ctx.timeZone);
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a date (got ${shown(v, ctx)})`,
      ja: `${p.description.ja}は日付で指定してください（${shown(v, ctx)}）`,
    });
  }
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a number (got ${shown(v, ctx)})`,
      ja: `${p.description.ja}は数値で指定してください（${shown(v, ctx)}）`,
    });
  }
  // Both signs refuse a negative the same way; a divisor ("positive") refuses 0 as well, with the
  // message the domain gives a zero divisor.
  if ((p.sign === "positive" || p.sign === "nonNegative") && v < 0) {
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must not be negative (got ${v})`,
      ja: `${p.description.ja}は0以上で指定してください（${v}）`,
    });
  }
  if (p.sign === "positive" && v === 0) {
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must not be 0 (division by zero)`,
      ja: `${p.description.ja}が0のため計算できません`,
    });
  }
  if ((p.type === "fraction" || p.type === "fractions") && !(v > 0 && v <= 1)) {
    // 25 was meant as 25%: up to 100, the percentage divided by 100 is a rate the check accepts.
    const percent = v > 1 && v <= 100;
    const hint = percent ? ` — for ${v}% write ${v / 100}` : "";
    const hintJa = percent ? `。${v}%なら${v / 100}と入力` : "";
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a fraction between 0 and 1 (got ${v}${hint})`,
      ja: `${p.description.ja}は0〜1の小数で指定してください（${v}${hintJa}）`,
    });
  }
  return v;
}

/**
 * A result a spreadsheet cannot hold (an overflow to Infinity, or NaN from one) is an error, not a
 * cell showing "Infinity": arguments near 1e308 can overflow on the way even when each is valid.
 */
function finite(fn: string, result: RowResult): RowResult {
  for (const x of Array.isArray(result) ? result : [result]) {
    if (typeof x === "number" && !Number.isFinite(x)) {
      throw new FunctionArgumentError(fn, {
        en: `the result is beyond what a spreadsheet number can hold (got ${x}): the arguments are too large`,
        ja: `結果が数値で表せる範囲を超えました（${x}）。引数が大きすぎます`,
      });
    }
  }
  return result;
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
  perRow: (values: RowValue[]) => RowResult,
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
  const lists = params.map((p, i) =>
    isList(p) && args[i] !== undefined ? checkList(fn, p, args[i] as CellInput, ctx) : null,
  );
  const columns = params.map((p, i) => {
    const a = args[i];
    if (isList(p) || !isRange(a)) return null;
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
  const runRow = (r: number): RowResult => {
    const values: RowValue[] = [];
    for (const [i, p] of params.entries()) {
      const list = lists[i];
      if (list) {
        values.push(list);
        continue;
      }
      const col = columns[i];
      const raw = col ? col[r] : (args[i] as CellValue);
      if (isEmpty(raw)) {
        if (!p.optional) return "";
        values.push(undefined);
      } else {
        values.push(checkValue(fn, p, raw, ctx));
      }
    }
    return finite(fn, perRow(values));
  };
  if (rows === null) {
    const one = runRow(0);
    return Array.isArray(one) ? [one] : one;
  }
  const out: (number | string)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = runRow(r);
    out.push(Array.isArray(row) ? row : [row]);
  }
  // Sheets needs a rectangle: a blank row beside rows of several values is blank across.
  const width = Math.max(...out.map((row) => row.length));
  for (const row of out) while (row.length < width) row.push("");
  // Values given across a row come back across the same row.
  const ranges = params.flatMap((p, i) => (!isList(p) && isRange(args[i] as CellInput) ? [args[i]] : []));
  const across = ranges.every((a) => isAcross(a as CellValue[][]));
  return across ? transpose(out, width) : out;
}

function transpose(rows: (number | string)[][], width: number): (number | string)[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] as number | string));
}
