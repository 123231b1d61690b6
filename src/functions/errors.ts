import { bilingual, type Text } from "../domain/i18n";

/** The error Sheets shows in the cell: names the function and the argument, English then Japanese. */
export class FunctionArgumentError extends Error {
  constructor(fn: string, text: Text) {
    super(`${fn}: ${bilingual(text)}`);
    this.name = "FunctionArgumentError";
  }
}
