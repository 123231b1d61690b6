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

/**
 * Criteria (SUMIFS, COUNTIFS, AVERAGEIFS…) read as Google Sheets and Excel document them: an operator
 * counts only at the very start, and only one (`=`, `<>`, `<=`, `>=`, `<`, `>`). HyperFormula looks for
 * a run of `<>=` anywhere, so "a<b" became "less than b" and "=<none>" an error. Patched on the
 * prototype of the engine's criterion builder (not exported, reached through an engine).
 */
const CRITERION_OPERATOR = /^(<>|<=|>=|=|<|>)([\s\S]*)$/;
let criteriaPatched = false;
function patchCriteria(engine: HyperFormula): void {
  if (criteriaPatched) return;
  const builder = (engine as unknown as { _evaluator?: { interpreter?: { criterionBuilder?: object } } })
    ._evaluator?.interpreter?.criterionBuilder;
  type Parse = (this: unknown, criterion: unknown, helper: unknown) => { value: unknown } | undefined;
  const proto = builder && (Object.getPrototypeOf(builder) as { parseCriterion?: Parse });
  if (!proto?.parseCriterion) throw new Error("HyperFormula changed: its criterion builder was not found");
  const original = proto.parseCriterion;
  proto.parseCriterion = function (this: unknown, criterion: unknown, helper: unknown) {
    if (typeof criterion !== "string") return original.call(this, criterion, helper);
    const m = CRITERION_OPERATOR.exec(criterion);
    // The text after the leading operator goes through HyperFormula's own reading, which only
    // understands a leading operator; text without one is an equality with the whole string.
    if (!m) return original.call(this, `=${criterion}`, helper);
    const parsed = original.call(this, `${m[1]}${m[2]}`, helper);
    if (parsed !== undefined || (m[2] ?? "").match(/^[<>=]/) === null) return parsed;
    // "=<none>", "==x": the operator, then a value that itself starts with one of <>=.
    const plain = original.call(this, `${m[1]}\u0000`, helper);
    if (plain === undefined) return undefined;
    return { ...plain, value: m[2] };
  };
  criteriaPatched = true;
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
  const engine = HyperFormula.buildFromSheets(sheets, { ...sheetsConfig, ...config });
  patchCriteria(engine);
  return engine;
}
