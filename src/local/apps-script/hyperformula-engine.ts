// HyperFormula, the formula engine of the unit tests, the Apps Script fakes and the local preview,
// made to round as Google Sheets does. HyperFormula's own ROUNDUP is a plain Math.ceil, so 0.07/0.01
// rounds to 8; Sheets and Excel work in 15 significant digits and give 7 (BRIEF §3.2 says follow Sheets).
import {
  type ConfigParams,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
} from "hyperformula";

function sheetsRound(mode: "up" | "down", x: number, places: number): number {
  const scale = 10 ** places;
  const v = Number((x * scale).toPrecision(15));
  const r = mode === "up" ? Math.ceil(Math.abs(v)) : Math.floor(Math.abs(v));
  return (Math.sign(v) * r) / scale || 0;
}

// HyperFormula does not export the AST and interpreter-state types its plugins receive; `never`
// lets us pass them through to runFunction untouched without naming them.
type ProcedureAst = { args: never[] };

class SheetsRounding extends FunctionPlugin {
  static override implementedFunctions = {
    ROUNDUP: {
      method: "roundup",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    ROUNDDOWN: {
      method: "rounddown",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };
  roundup(ast: ProcedureAst, state: never) {
    return this.runFunction(ast.args, state, this.metadata("ROUNDUP"), (x: number, p: number) =>
      sheetsRound("up", x, Math.trunc(p)),
    );
  }
  rounddown(ast: ProcedureAst, state: never) {
    return this.runFunction(ast.args, state, this.metadata("ROUNDDOWN"), (x: number, p: number) =>
      sheetsRound("down", x, Math.trunc(p)),
    );
  }
}

let registered = false;
function register() {
  if (registered) return;
  HyperFormula.unregisterFunction("ROUNDUP");
  HyperFormula.unregisterFunction("ROUNDDOWN");
  HyperFormula.registerFunctionPlugin(SheetsRounding, {
    enGB: { ROUNDUP: "ROUNDUP", ROUNDDOWN: "ROUNDDOWN" },
  });
  registered = true;
}

/** The configuration every Sheets-like engine shares. */
export const sheetsConfig: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: false,
  // Sheets keeps 15 significant digits; the default of 10 would round large counts on output.
  precisionRounding: 15,
};

/** An engine built from sheets of raw contents (formulas as "=...", text as "'..."). */
export function sheetsEngine(
  sheets: Record<string, RawCellContent[][]>,
  config: Partial<ConfigParams> = {},
): HyperFormula {
  register();
  return HyperFormula.buildFromSheets(sheets, { ...sheetsConfig, ...config });
}
