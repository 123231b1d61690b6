// Spreadsheet-exact rounding. Google Sheets and Excel compute with 15 significant digits, so a
// quotient whose exact decimal value is whole (0.07 / 0.01 = 7) but whose binary value sits a hair
// above it (7.000000000000001) rounds up to 7, not 8. We do the same, so the sheets, the custom
// functions and the command line give one answer.
const SIGNIFICANT_DIGITS = 15;

/** The value a spreadsheet holds for x: x to 15 significant digits. */
export function spreadsheetValue(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/** ROUNDUP(x, 0) as Google Sheets computes it: away from zero, after 15-digit precision. */
export function roundUp(x: number): number {
  const v = spreadsheetValue(x);
  const r = v < 0 ? -Math.ceil(-v) : Math.ceil(v);
  return r === 0 ? 0 : r;
}

/** ROUNDDOWN(x, 0) as Google Sheets computes it: toward zero, after 15-digit precision. */
export function roundDown(x: number): number {
  const v = spreadsheetValue(x);
  const r = v < 0 ? -Math.floor(-v) : Math.floor(v);
  return r === 0 ? 0 : r;
}
