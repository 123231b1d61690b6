// A rule written once as data: evaluated here in TypeScript, rendered as a portable spreadsheet
// formula for the generated sheets. The two cannot disagree about the order of operations, which
// matters because floating point is not associative.
import { roundUp } from "./ceiling";

export type Expr =
  | { op: "num"; value: number }
  | { op: "ref"; name: string }
  | { op: "+" | "-" | "*" | "/"; a: Expr; b: Expr }
  | { op: "ROUNDUP" | "MAX" | "MIN"; args: Expr[] }
  /** IF(test=0,then,otherwise): only the branch taken is evaluated. */
  | { op: "IF0"; test: Expr; then: Expr; otherwise: Expr };

export const num = (value: number): Expr => ({ op: "num", value });
export const ref = (name: string): Expr => ({ op: "ref", name });
export const add = (a: Expr, b: Expr): Expr => ({ op: "+", a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ op: "-", a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ op: "*", a, b });
export const div = (a: Expr, b: Expr): Expr => ({ op: "/", a, b });
export const ceil = (a: Expr): Expr => ({ op: "ROUNDUP", args: [a, num(0)] });
export const max = (...args: Expr[]): Expr => ({ op: "MAX", args });
export const min = (...args: Expr[]): Expr => ({ op: "MIN", args });
export const ifZero = (test: Expr, then: Expr, otherwise: Expr): Expr => ({
  op: "IF0",
  test,
  then,
  otherwise,
});

export function evaluate(e: Expr, value: (name: string) => number): number {
  switch (e.op) {
    case "num":
      return e.value;
    case "ref":
      return value(e.name);
    case "+":
      return evaluate(e.a, value) + evaluate(e.b, value);
    case "-":
      return evaluate(e.a, value) - evaluate(e.b, value);
    case "*":
      return evaluate(e.a, value) * evaluate(e.b, value);
    case "/":
      return evaluate(e.a, value) / evaluate(e.b, value);
    case "ROUNDUP":
      return roundUp(evaluate(e.args[0] as Expr, value)); // places are always 0 here
    case "MAX":
      return Math.max(...e.args.map((a) => evaluate(a, value)));
    case "MIN":
      return Math.min(...e.args.map((a) => evaluate(a, value)));
    case "IF0":
      return evaluate(e.test, value) === 0 ? evaluate(e.then, value) : evaluate(e.otherwise, value);
  }
}

/**
 * The same rule with some references replaced: `by` gives the expression a name stands for, or null to
 * keep the reference. A replacement is taken as it is (its own references are not replaced again).
 */
export function substitute(e: Expr, by: (name: string) => Expr | null): Expr {
  switch (e.op) {
    case "num":
      return e;
    case "ref":
      return by(e.name) ?? e;
    case "ROUNDUP":
    case "MAX":
    case "MIN":
      return { op: e.op, args: e.args.map((a) => substitute(a, by)) };
    case "IF0":
      return ifZero(substitute(e.test, by), substitute(e.then, by), substitute(e.otherwise, by));
    default:
      return { op: e.op, a: substitute(e.a, by), b: substitute(e.b, by) };
  }
}

const precedence = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/** Renders without `=`; `cell` turns a name into an A1 reference or a named range. */
export function render(e: Expr, cell: (name: string) => string): string {
  switch (e.op) {
    case "num":
      return String(e.value);
    case "ref":
      return cell(e.name);
    case "ROUNDUP":
    case "MAX":
    case "MIN":
      return `${e.op}(${e.args.map((a) => render(a, cell)).join(",")})`;
    case "IF0":
      return `IF(${render(e.test, cell)}=0,${render(e.then, cell)},${render(e.otherwise, cell)})`;
    default: {
      const p = precedence[e.op];
      // Left-associative: a right operand of equal precedence needs parentheses, a left one does not.
      const side = (x: Expr, right: boolean) => {
        const s = render(x, cell);
        const q = x.op in precedence ? precedence[x.op as keyof typeof precedence] : 3;
        return q < p || (right && q === p) ? `(${s})` : s;
      };
      return `${side(e.a, false)}${e.op}${side(e.b, true)}`;
    }
  }
}
