// The shape of the custom functions' boundary table: for every parameter of every function, one row
// for each KIND of cell a user can hand it (the table's completeness is checked against the registry
// and the bundle), plus the edges of the parameter's own domain. Each row is an input and what the
// call gives with the other arguments valid: a result worked by hand, or a Refusal.
//
// The refusal texts below are the product's message templates written out by hand (English, then
// Japanese); a row fills in the argument and the value, so a reworded message fails every row it
// touches.

export const KINDS = [
  "zero",
  "negative",
  "blank", // an empty cell
  "omitted", // the argument left off the call, with every one after it
  "numericText", // "10" typed as text
  "japaneseText",
  "true",
  "false",
  "huge", // 1e300: a cell holds up to 1.8e308
  "infinity", // not typed in a cell, but a caller can pass it
  "nan",
  "range1x1",
  "rangeNxM",
  "rangeBlank", // a range with an empty cell in it
  "rangeText", // a range with text in it
] as const;
export type Kind = (typeof KINDS)[number];

/** What a call must throw: "FUNCTION: en / ja". */
export class Refusal {
  constructor(
    readonly en: string,
    readonly ja: string,
  ) {}
}

/** A date cell; the runner makes it a Date at midnight in the zone and the realm it calls in. */
export class Day {
  constructor(readonly iso: string) {}
}
export const day = (iso: string) => new Day(iso);

/** The argument left off the call (and every argument after it). */
export const OMIT = Symbol("omitted");

export type Row = readonly [input: unknown, want: unknown];

export interface ParamTable {
  kinds: Record<Kind, Row>;
  /** The parameter's own boundaries beyond the kinds: 1 for a rate, a date before the period … */
  edges?: readonly Row[];
}

export interface FunctionTable {
  /** Valid arguments, one per parameter (optional ones may be left off), and what they give. */
  valid: readonly unknown[];
  want: unknown;
  params: Record<string, ParamTable>;
}

/** The refusals of args.ts for one parameter, by its name and its Japanese description. */
export function messages(name: string, ja: string) {
  const r = (en: string, jaText: string) => new Refusal(en, jaText);
  return {
    notNumber: (got: string) =>
      r(`${name} must be a number (got ${got})`, `${ja}は数値で指定してください（${got}）`),
    negative: (got: string) =>
      r(`${name} must not be negative (got ${got})`, `${ja}は0以上で指定してください（${got}）`),
    zero: () => r(`${name} must not be 0 (division by zero)`, `${ja}が0のため計算できません`),
    fraction: (got: string) =>
      r(
        `${name} must be a fraction between 0 and 1 (got ${got})`,
        `${ja}は0〜1の小数で指定してください（${got}）`,
      ),
    /** A rate typed as a percentage, e.g. 25: the hint says to write 0.25. */
    percent: (got: string, fraction: string) =>
      r(
        `${name} must be a fraction between 0 and 1 (got ${got} — for ${got}% write ${fraction})`,
        `${ja}は0〜1の小数で指定してください（${got}。${got}%なら${fraction}と入力）`,
      ),
    shape: (rows: number, cols: number) =>
      r(
        `${name} must be a single column or a single row (got ${rows}×${cols})`,
        `${ja}は1列または1行の範囲で指定してください（${rows}×${cols}）`,
      ),
    notDate: (got: string) =>
      r(`${name} must be a date (got ${got})`, `${ja}は日付で指定してください（${got}）`),
    notRealDate: (got: string) =>
      r(`${name} must be a real date (got ${got})`, `${ja}は実在する日付で指定してください（${got}）`),
    notDirection: (got: string) =>
      r(
        `${name} must be "higher" or "lower" (got ${got})`,
        `${ja}は "higher" または "lower" で指定してください（${got}）`,
      ),
    empty: () => r(`${name} must have at least one value`, `${ja}を1つ以上指定してください`),
  };
}
export type Messages = ReturnType<typeof messages>;

/** A call with too few arguments: `count` is "5" or "2 to 3", `list` the parameter names. */
export const arityOf = (count: string, list: string) => (got: number) =>
  new Refusal(`expects ${count} arguments (${list}), got ${got}`, `引数の数が違います（${list}）`);

/** A result beyond the largest double (1.8e308), from any function. */
export const overflow = new Refusal(
  "the result is beyond what a spreadsheet number can hold (got Infinity): the arguments are too large",
  "結果が数値で表せる範囲を超えました（Infinity）。引数が大きすぎます",
);

/** Where a kind's value goes: the argument itself, or one cell of a list argument. */
type Place = (value: unknown) => unknown;
const itself: Place = (v) => v;

type NotA = Pick<Record<Kind, Row>, "numericText" | "japaneseText" | "true" | "false" | "infinity" | "nan">;

/** The kinds no number parameter takes, whatever its domain: text, booleans, ±∞ and NaN. */
export function notNumbers(m: Messages, place: Place = itself): NotA {
  return {
    numericText: [place("10"), m.notNumber('"10"')],
    japaneseText: [place("十件"), m.notNumber('"十件"')],
    true: [place(true), m.notNumber("true")],
    false: [place(false), m.notNumber("false")],
    infinity: [place(Number.POSITIVE_INFINITY), m.notNumber("Infinity")],
    nan: [place(Number.NaN), m.notNumber("NaN")],
  };
}

/** The same kinds for a date parameter: a date typed as text is not a date cell. */
export function notDates(m: Messages, place: Place = itself): NotA {
  return {
    numericText: [place("10"), m.notDate('"10"')],
    japaneseText: [place("2026年4月1日"), m.notDate('"2026年4月1日"')],
    true: [place(true), m.notDate("true")],
    false: [place(false), m.notDate("false")],
    infinity: [place(Number.POSITIVE_INFINITY), m.notDate("Infinity")],
    nan: [place(Number.NaN), m.notDate("NaN")],
  };
}

/** The same kinds for direction: anything but "higher" or "lower", in any case. */
export function notDirections(m: Messages): NotA {
  return {
    numericText: ["10", m.notDirection('"10"')],
    japaneseText: ["高い", m.notDirection('"高い"')],
    true: [true, m.notDirection("true")],
    false: [false, m.notDirection("false")],
    infinity: [Number.POSITIVE_INFINITY, m.notDirection("Infinity")],
    nan: [Number.NaN, m.notDirection("NaN")],
  };
}

type Ranges = Pick<Record<Kind, Row>, "range1x1" | "rangeNxM" | "rangeBlank" | "rangeText">;

/**
 * The range kinds of a parameter that maps over rows, from its valid value and the valid call's
 * result (a value, or a row of values): [[v]] gives [[result]]; a 2×2 range is refused; a range
 * with an empty cell gives a blank row there (an optional parameter's default instead: `blankRow`);
 * text in a range is refused as `notA` refuses it.
 */
export function rowRanges(
  m: Messages,
  valid: unknown,
  want: unknown,
  opts: { notA?: (got: string) => Refusal; blankRow?: unknown } = {},
): Ranges {
  const row = (w: unknown) => (Array.isArray(w) ? w : [w]);
  const blanks = Array.isArray(want) ? want.map(() => "") : [""];
  return {
    range1x1: [[[valid]], [row(want)]],
    rangeNxM: [
      [
        [valid, valid],
        [valid, valid],
      ],
      m.shape(2, 2),
    ],
    rangeBlank: [
      [[valid], [""]],
      [row(want), opts.blankRow === undefined ? blanks : row(opts.blankRow)],
    ],
    rangeText: [[[valid], ["n/a"]], (opts.notA ?? m.notNumber)('"n/a"')],
  };
}
