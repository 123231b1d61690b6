import type { Text } from "../domain/i18n";

/** What a cell may hand a custom function: a value, or a 2-D range of values. */
export type CellValue = number | string | boolean | Date | null | undefined;
export type CellInput = CellValue | CellValue[][];
export type CellOutput = number | string | (number | string)[][];

export type ParamType = "number" | "fraction" | "date" | "text" | "numbers" | "texts" | "dates";

export interface ParamSpec {
  name: string;
  type: ParamType;
  optional?: boolean;
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
