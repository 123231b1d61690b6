// Running the boundary table: the same rows against the source and against the built bundle.
import { expect } from "vitest";
import { Day, type FunctionTable, KINDS, OMIT, Refusal } from "./table";

export interface Case {
  /** e.g. "KPI_LTV churn_rate negative: -0.02" */
  label: string;
  fn: string;
  index: number;
  input: unknown;
  want: unknown;
}

/** A value as a test title shows it: Infinity, NaN, dates and the omitted argument by name. */
export function show(v: unknown): string {
  if (v === OMIT) return "(omitted)";
  return JSON.stringify(v, (_, x: unknown) => {
    if (typeof x === "number" && !Number.isFinite(x)) return String(x);
    if (x instanceof Day) return `day ${x.iso}`;
    return x;
  });
}

/** Every row of every table: the kinds in KINDS order, then the edges. */
export function casesOf(tables: Record<string, FunctionTable>): Case[] {
  return Object.entries(tables).flatMap(([fn, t]) =>
    Object.entries(t.params).flatMap(([param, p], index) => [
      ...KINDS.map((kind) => {
        const [input, want] = p.kinds[kind];
        return { label: `${fn} ${param} ${kind}: ${show(input)}`, fn, index, input, want };
      }),
      ...(p.edges ?? []).map(([input, want]) => ({
        label: `${fn} ${param} edge: ${show(input)}`,
        fn,
        index,
        input,
        want,
      })),
    ]),
  );
}

/** The function's valid arguments with the one at `index` replaced (or left off, with the rest). */
export function argsFor(t: FunctionTable, index: number, input: unknown): unknown[] {
  if (input === OMIT) return t.valid.slice(0, index);
  const args = [...t.valid];
  args[index] = input;
  return args;
}

/** Turns each Day into a date cell of the realm and zone the call runs in. */
export function realize(v: unknown, toDate: (iso: string) => Date): unknown {
  if (v instanceof Day) return toDate(v.iso);
  if (Array.isArray(v)) return v.map((x) => realize(x, toDate));
  return v;
}

/** Numbers to 1e-7 of their size (the rows hold hand results, some to 8 digits); the rest exactly. */
export function expectResult(got: unknown, want: unknown, where = ""): void {
  if (typeof want === "number") {
    expect(typeof got, `${where} ${show(got)} is a number`).toBe("number");
    const error = want === 0 ? Math.abs(got as number) : Math.abs((got as number) - want) / Math.abs(want);
    expect(error, `${where} ${show(got)} for ${show(want)}`).toBeLessThanOrEqual(want === 0 ? 1e-12 : 1e-7);
  } else if (Array.isArray(want)) {
    // Array.isArray, not toEqual: the bundle's arrays come from another realm.
    expect(Array.isArray(got), `${where} ${show(got)} is a range`).toBe(true);
    expect((got as unknown[]).length, `${where} ${show(got)} for ${show(want)}`).toBe(want.length);
    want.forEach((w, i) => {
      expectResult((got as unknown[])[i], w, `${where}[${i}]`);
    });
  } else expect(got, where).toBe(want);
}

/** Runs one row: the result it gives, or the refusal, "FUNCTION: en / ja", and nothing else. */
export function expectOutcome(
  fn: string,
  call: () => unknown,
  want: unknown,
  isArgumentError: (e: unknown) => boolean,
): void {
  if (!(want instanceof Refusal)) {
    expectResult(call(), want);
    return;
  }
  let error: unknown = null;
  let got: unknown;
  try {
    got = call();
  } catch (e) {
    error = e;
  }
  expect(error, `a refusal, not ${show(got)}`).not.toBeNull();
  expect((error as Error).message).toBe(`${fn}: ${want.en} / ${want.ja}`);
  expect(isArgumentError(error), String(error)).toBe(true);
}
