// A rule rendered as a spreadsheet formula keeps its order of operations with the fewest parentheses.
import { describe, expect, it } from "vitest";
import { add, div, type Expr, ifZero, mul, num, ref, render, sub } from "../../src/domain/formula";

const [a, b, c] = [ref("a"), ref("b"), ref("c")];
const cell = (name: string) => name.toUpperCase();

describe("render", () => {
  it.each<[string, Expr]>([
    // left-associative: a left operand of equal precedence needs no parentheses, a right one does
    ["A-B-C", sub(sub(a, b), c)],
    ["A-(B-C)", sub(a, sub(b, c))],
    ["A*B/C", div(mul(a, b), c)],
    ["A/(B*C)", div(a, mul(b, c))],
    // a lower-precedence operand needs them on either side; a higher one never
    ["(A+B)*C", mul(add(a, b), c)],
    ["A*(B+C)", mul(a, add(b, c))],
    ["A+B*C", add(a, mul(b, c))],
    ["A*B+C", add(mul(a, b), c)],
  ])("%s", (want, e) => {
    expect(render(e, cell)).toBe(want);
  });

  it("writes IF0 as IF(test=0,then,otherwise)", () => {
    expect(render(ifZero(a, num(1), div(b, a)), cell)).toBe("IF(A=0,1,B/A)");
  });
});
