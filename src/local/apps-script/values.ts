// What a value written through setValue/setValues becomes in the cell (Sheets' "user entered"
// parsing), and what a computed cell gives back through getValues.
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { dateSerial, isDate, serialWall, timeOf, utcToSerial } from "./dates";

export interface Entered {
  /** What HyperFormula is given: a number, boolean, null, "=formula", or "'text" (never parsed). */
  raw: RawCellContent;
  /** A number format Sheets applies when the cell had none (dates, percentages). */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export const text = (s: string): RawCellContent => `'${s}`;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * A date as HyperFormula is given it: an ISO string it parses into a date-typed number, so formulas
 * built on it (=A1+7, =B2) are dates too, as Sheets infers. Outside 1900..9999 it stays a number.
 */
export function dateContent(serial: number): RawCellContent {
  const w = serialWall(serial);
  if (w.year < 1900 || w.year > 9999) return serial;
  const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  if (Number.isInteger(serial)) return day;
  return `${day} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.${pad(w.ms, 3)}`;
}

/**
 * Parses a string the way Sheets parses what a user types (and what setValue/setValues write):
 * "=..." formula; "'..." text without the apostrophe; numbers ("12", "-1", "+81", "1e3", "12%");
 * ISO dates ("2025-04-01", "2025/4/1", "2025-04-01 09:30"); TRUE/FALSE; any other text that starts
 * with "+", "-" or "@" is a formula; anything else is text.
 * A cell formatted as plain text ("@") keeps the string as it is.
 */
export function enteredString(s: string, plainText: boolean): Entered {
  if (s === "") return { raw: null };
  if (plainText) return { raw: text(s) };
  if (s.startsWith("'")) return { raw: text(s.slice(1)) };
  if (s.startsWith("=") && s.length > 1) return { raw: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { raw: Number(t) || 0 };
  if (PERCENT.test(t)) {
    const body = t.slice(0, -1);
    return { raw: Number(body) / 100 || 0, autoFormat: body.includes(".") ? "0.00%" : "0%" };
  }
  const d = ISO_DATE.exec(t);
  if (d) {
    const [y, mo, day, h, mi, sec] = d.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
    const serial = dateSerial(y as number, mo as number, day as number, h ?? 0, mi ?? 0, sec ?? 0);
    if (serial !== null)
      return { raw: dateContent(serial), autoFormat: h === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss" };
  }
  if (/^(true|false)$/i.test(t)) return { raw: t.toLowerCase() === "true" };
  // Sheets reads typed input that starts with + - or @ as a formula ("+81 3-1234" computes, "- note"
  // is a parse error): anything else that starts so is one here too.
  if (/^[+\-@]./s.test(s)) return { raw: `=${s}` };
  return { raw: text(s) };
}

/** A value passed to setValue/setValues (any realm) as the cell will hold it. */
export function enteredValue(v: unknown, timeZone: string, plainText: boolean): Entered {
  if (v === null || v === undefined) return { raw: null };
  if (typeof v === "string") return enteredString(v, plainText);
  if (typeof v === "number") return Number.isFinite(v) ? { raw: v } : { raw: text(String(v)) };
  if (typeof v === "boolean") return { raw: v };
  if (isDate(v)) {
    const ms = timeOf(v);
    if (Number.isNaN(ms)) return { raw: text("Invalid Date") };
    const serial = utcToSerial(ms, timeZone);
    return {
      raw: dateContent(serial),
      autoFormat: Number.isInteger(serial) ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss",
    };
  }
  return enteredString(String(v), plainText);
}

/** HyperFormula's error values as Sheets shows them. */
export function sheetsError(e: DetailedCellError): string {
  if (e.value === "#CYCLE!" || e.value === "#SPILL!") return "#REF!";
  return e.value;
}

export function isError(v: unknown): v is DetailedCellError {
  return v instanceof DetailedCellError;
}
