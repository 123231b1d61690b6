// A trend in one cell. SPARKLINE exists only in Google Sheets: a documented exemption from the
// portable subset (BRIEF §2), always written as IFERROR(SPARKLINE(…), fallback) so that every engine
// picks its own form — Sheets draws the chart; Excel, LibreOffice and HyperFormula, which do not
// know SPARKLINE, show the fallback (and the xlsx writer turns SPARKLINE into NA() so that no file
// depends on how an engine treats a function it does not know).

/** Periods the fallback draws, ending with the current one. */
export const FALLBACK_PERIODS = 8;

/** Bar heights, lowest to highest; a leading space for "nothing to draw" (blank, or a row of zeros). */
export const BARS = " ▁▂▃▄▅▆▇█";

/**
 * The fallback: one character per period, the last `FALLBACK_PERIODS` periods through period `p` (a
 * cell holding its 1-based index; 0 draws nothing), each ▁…█ by its value ÷ the row's largest; a
 * blank value (a rate with no data) or a row of zeros draws a space.
 */
export function sparkFallback(row: string, p: string, periods: number): string {
  const n = Math.min(FALLBACK_PERIODS, periods);
  const bars = BARS.length - 2; // steps above the lowest bar
  const terms = Array.from({ length: n }, (_, k) => {
    const back = n - 1 - k;
    const value = `INDEX(${row},1,${p}-${back})`;
    // "" is tested first: engines disagree on "" in arithmetic.
    const height = `IF(${value}="",-1,IFERROR(ROUND(${bars}*${value}/MAX(${row}),0),-1))`;
    return `IF(${p}<${back + 1},"",MID("${BARS}",2+${height},1))`;
  });
  return terms.join("&");
}

/** The trend cell of a row of values (one per period, left to right). */
export function sparkline(row: string, p: string, periods: number): string {
  return `IFERROR(SPARKLINE(${row},{"charttype","column";"ymin",0}),${sparkFallback(row, p, periods)})`;
}
