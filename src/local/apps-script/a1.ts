// A1 notation for the fakes: column letters, rectangles, and parsing of what Sheet.getRange(a1) and
// Spreadsheet.getRange(a1) accept ("B2", "A1:C3", "A:B", "2:5", "A2:C", "'My sheet'!A1:B2").

/** A rectangle of cells, 1-based like Apps Script. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** "A1" for one cell, "A1:C3" otherwise: what Range.getA1Notation gives. */
export function rectA1(r: Rect, absolute = false): string {
  const start = cellA1(r.row, r.col, absolute);
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1, absolute)}`;
}

/** A sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet name'!$A$1:$B$2, the form HyperFormula named expressions are given. */
export function qualifiedA1(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(r, true)}`;
}

/** Splits an optional sheet prefix: "'It''s'!A1" → { sheet: "It's", ref: "A1" }. */
export function splitSheet(a1: string): { sheet?: string; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(a1);
  if (quoted) return { sheet: (quoted[1] as string).replace(/''/g, "'"), ref: quoted[2] as string };
  const bang = a1.lastIndexOf("!");
  if (bang > 0) return { sheet: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { ref: a1 };
}

interface End {
  row?: number;
  col?: number;
}

function parseEnd(s: string): End | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const end: End = {};
  if (m[1]) end.col = columnNumber(m[1]);
  if (m[2]) end.row = Number(m[2]);
  return end;
}

/**
 * The rectangle an A1 reference (without sheet) names on a sheet of maxRows × maxCols, or null when
 * it is not A1 notation. Open ends ("A:B", "2:5", "A2:C") run to the sheet's edge.
 */
export function parseRangeA1(ref: string, maxRows: number, maxCols: number): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseEnd(parts[0] ?? "");
  const b = parts.length === 2 ? parseEnd(parts[1] ?? "") : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  // A whole row on one side needs a whole row on the other ("2:5"), and likewise for columns.
  if ((a.col === undefined) !== (b.col === undefined) && a.row === undefined) return null;
  const r1 = a.row ?? 1;
  const c1 = a.col ?? 1;
  const r2 = b.row ?? maxRows;
  const c2 = b.col ?? maxCols;
  if (r1 < 1 || c1 < 1) return null;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/** Parses what HyperFormula serializes a named expression as: "='Sheet'!$A$1:$B$2" (null for #REF!). */
export function parseQualifiedA1(expression: string): { sheet: string; rect: Rect } | null {
  const body = expression.startsWith("=") ? expression.slice(1) : expression;
  const { sheet, ref } = splitSheet(body);
  if (!sheet) return null;
  const parts = ref.split(":");
  const ends = parts.map((p) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(p));
  if (ends.length < 1 || ends.length > 2 || ends.some((m) => !m)) return null;
  const [m1, m2] = [ends[0] as RegExpExecArray, (ends[1] ?? ends[0]) as RegExpExecArray];
  const r1 = Number(m1[2]);
  const c1 = columnNumber(m1[1] as string);
  const r2 = Number(m2[2]);
  const c2 = columnNumber(m2[1] as string);
  return {
    sheet,
    rect: {
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      numRows: Math.abs(r2 - r1) + 1,
      numCols: Math.abs(c2 - c1) + 1,
    },
  };
}
