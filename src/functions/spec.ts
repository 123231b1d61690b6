import type { Text } from "../domain/i18n";

/** What a cell may hand a custom function: a value, or a 2-D range of values. */
export type CellValue = number | string | boolean | Date | null | undefined;
export type CellInput = CellValue | CellValue[][];
export type CellOutput = number | string | (number | string)[][];

/**
 * Singular types map over rows; plural types take a whole range (rates, weights, names).
 * - "fraction"/"fractions": a PLANNED rate (one the funnel is reverse-calculated by, or divides by):
 *   above 0 and at most 1, whatever `sign` says; `25` is refused with a hint to write 0.25.
 * - "number"/"numbers" with `sign`: counts, amounts and OBSERVED rates (an actual conversion may be
 *   0, and may exceed 1 when a later stage counts more than the earlier one in a window).
 */
export type ParamType = "number" | "fraction" | "date" | "text" | "numbers" | "fractions" | "texts" | "dates";

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional?: boolean;
  /**
   * For numbers: "positive" (a divisor, > 0: a negative is refused as negative, 0 as a division by
   * zero) or "nonNegative" (≥ 0, no upper bound: counts, amounts, observed rates). Default: any
   * finite number — no custom function has a parameter that may be negative, so every number and
   * numbers parameter declares one (test/functions/argument-domains.test.ts checks each).
   */
  sign?: "positive" | "nonNegative";
  /** For a list: a blank cell is 0 (a day with nothing logged), not left out. */
  blankIsZero?: boolean;
  /** For text: the values allowed, e.g. ["higher", "lower"]. */
  oneOf?: readonly string[];
  description: Text;
}

export interface FunctionSpec {
  name: string;
  params: readonly ParamSpec[];
  description: Text;
  returns: Text;
  /** A formula a user can paste, e.g. `=KPI_REQUIRED_CALLS(120000000, 1000000, 0.25, 0.5, 0.1)`. */
  example: string;
  /** What the example gives, so the README and a test can both show it. */
  exampleResult: string;
  run: (...args: CellInput[]) => CellOutput;
}
