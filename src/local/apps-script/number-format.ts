// Sheets number formats, enough for the fakes: which formats are dates (getValues gives a Date) and
// how getDisplayValues renders a value ("#,##0", "0.0%", "yyyy-mm-dd", "[$¥-411]#,##0", "@").
import { monthName, serialWall, weekdayName } from "./dates";

/** What Apps Script reports as the number format of a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

/** The format text without its quoted literals, escapes and [brackets]. */
function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/** Apps Script returns a Date for a number whose format shows a year or a day. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = stripLiterals(format).toLowerCase();
  return f.includes("yy") || f.includes("dd");
}

function isTimeFormat(format: string): boolean {
  const f = stripLiterals(format).toLowerCase();
  return isDateFormat(format) || /h|s|am\/pm|a\/p/.test(f.replace(/[#0?,.%]/g, ""));
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { kind: "lit"; text: string } | { kind: "code"; text: string };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "lit", text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ kind: "lit", text: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency) tokens.push({ kind: "lit", text: currency[1] ?? "" });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "_") {
      tokens.push({ kind: "lit", text: " " });
      i += 2;
    } else if (ch === "*") {
      i += 2;
    } else {
      tokens.push({ kind: "code", text: ch });
      i++;
    }
  }
  return tokens;
}

function automatic(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const short = Number(n.toPrecision(10));
  if (Math.abs(short) >= 1e15 || (short !== 0 && Math.abs(short) < 1e-9)) {
    return short
      .toExponential(2)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, "E$10$2");
  }
  return String(short);
}

function renderNumber(n: number, tokens: Token[]): string {
  const codes = tokens.map((t) => (t.kind === "code" ? t.text : "")).join("");
  const percents = (codes.match(/%/g) ?? []).length;
  let v = n * 100 ** percents;
  const firstPh = tokens.findIndex((t) => t.kind === "code" && /[0#?]/.test(t.text));
  let lastPh = -1;
  tokens.forEach((t, i) => {
    if (t.kind === "code" && /[0#?]/.test(t.text)) lastPh = i;
  });
  if (firstPh < 0) {
    // No digits at all: the format is only text.
    return tokens.map((t) => t.text).join("");
  }
  const number = tokens
    .slice(firstPh, lastPh + 1)
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  const [intPart = "", fracPart = ""] = number.split(".");
  const grouping = intPart.includes(",");
  const minInt = (intPart.match(/0/g) ?? []).length;
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#?]/g) ?? []).length;
  const negative = v < 0;
  v = Math.abs(v);
  let [whole = "0", frac = ""] = v.toFixed(maxFrac).split(".");
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (whole === "0" && minInt === 0) whole = "";
  whole = whole.padStart(minInt, "0");
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = frac ? `${whole}.${frac}` : whole;
  const before = tokens
    .slice(0, firstPh)
    .map((t) => (t.kind === "lit" ? t.text : t.text === "%" ? "%" : t.text))
    .join("");
  const after = tokens
    .slice(lastPh + 1)
    .map((t) => t.text)
    .join("");
  return `${negative ? "-" : ""}${before}${body}${after}`;
}

function dateTokens(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i] as string;
    const ap = /^(am\/pm|a\/p)/i.exec(section.slice(i));
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "lit", text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ kind: "lit", text: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: "code", text: inner.toLowerCase() });
      i = end < 0 ? section.length : end + 1;
    } else if (ap) {
      tokens.push({ kind: "code", text: (ap[1] as string).toLowerCase() });
      i += (ap[1] as string).length;
    } else if (/[ymdhs]/i.test(ch)) {
      let n = 1;
      while ((section[i + n] ?? "").toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ kind: "code", text: ch.toLowerCase().repeat(n) });
      i += n;
    } else if (ch === "." && /^\.0+/.test(section.slice(i)) && tokens.at(-1)?.text.startsWith("s")) {
      const zeros = (/^\.(0+)/.exec(section.slice(i)) as RegExpExecArray)[1] as string;
      tokens.push({ kind: "code", text: `.${zeros}` });
      i += zeros.length + 1;
    } else {
      tokens.push({ kind: "lit", text: ch });
      i++;
    }
  }
  return tokens;
}

function renderDate(serial: number, section: string): string {
  const w = serialWall(serial);
  const tokens = dateTokens(section);
  const codes = tokens.map((t, i) => (t.kind === "code" ? i : -1)).filter((i) => i >= 0);
  const ampm = tokens.some((t) => t.kind === "code" && t.text.startsWith("a"));
  const two = (n: number) => String(n).padStart(2, "0");
  return tokens
    .map((t, i) => {
      if (t.kind === "lit") return t.text;
      const s = t.text;
      const n = s.length;
      const pos = codes.indexOf(i);
      const prev = pos > 0 ? (tokens[codes[pos - 1] as number] as Token).text : "";
      const next = pos + 1 < codes.length ? (tokens[codes[pos + 1] as number] as Token).text : "";
      if (s[0] === "y") return n <= 2 ? two(w.year % 100) : String(w.year);
      if (s[0] === "m" && n <= 2 && (prev.startsWith("h") || next.startsWith("s")))
        return n === 1 ? String(w.minute) : two(w.minute);
      if (s[0] === "m")
        return n === 1 ? String(w.month) : n === 2 ? two(w.month) : monthName(w.month, n === 3);
      if (s[0] === "d")
        return n === 1 ? String(w.day) : n === 2 ? two(w.day) : weekdayName(w.weekday, n === 3);
      if (s[0] === "h") {
        const h = ampm ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
        return n === 1 ? String(h) : two(h);
      }
      if (s[0] === "s") return n === 1 ? String(w.second) : two(w.second);
      if (s[0] === ".")
        return `.${String(w.ms)
          .padStart(3, "0")
          .slice(0, n - 1)}`;
      if (s === "am/pm") return w.hour < 12 ? "AM" : "PM";
      if (s === "a/p") return w.hour < 12 ? "A" : "P";
      return s;
    })
    .join("");
}

/** getDisplayValues: a cell's value as the grid shows it under a number format. */
export function displayText(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    if (!format) return value;
    const text = splitSections(format)[3];
    return text?.includes("@") ? text.replace(/@/g, value).replace(/"/g, "") : value;
  }
  if (typeof value !== "number") return String(value);
  if (!format || format === DEFAULT_NUMBER_FORMAT || /^general$/i.test(format) || format === "@")
    return automatic(value);
  const sections = splitSections(format);
  let section = sections[0] ?? "";
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    n = Math.abs(value);
  } else if (value === 0 && sections.length > 2) section = sections[2] ?? section;
  if (isTimeFormat(section)) return renderDate(n, section);
  return renderNumber(n, tokenize(section));
}
