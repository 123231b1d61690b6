// The README's custom-function table is generated from the registry, and every example in it (and
// in the @customfunction help) gives the result it claims.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { customFunction, customFunctions, setCallContext } from "../../src/functions/registry";
import type { CellInput, CellOutput, CellValue } from "../../src/functions/spec";

const root = path.resolve(import.meta.dirname, "../..");
const script = path.join(root, "scripts/gen-readme-functions.mjs");

function gen(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });
}

describe("README custom-function table", () => {
  it("is up to date (node scripts/gen-readme-functions.mjs --check)", () => {
    const run = gen("--check");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("--check fails with a message when the table is stale", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const stale = readme.replace(/(<!-- functions:start -->)[\s\S]*?(<!-- functions:end -->)/, "$1\n$2");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kpi-readme-")), "README.md");
    writeFileSync(file, stale);
    const run = gen("--check", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "the custom-function table is stale: run node scripts/gen-readme-functions.mjs",
    );
  });

  it("lists every function with its arguments, optional ones in brackets", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    for (const f of customFunctions) {
      const params = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(readme).toContain(`| \`${f.name}(${params})\` |`);
    }
    expect(readme).toContain("`KPI_FORECAST(actual, period_start, period_end, as_of, [holidays])`");
  });
});

// ── The examples, evaluated ─────────────────────────────────────────────────────────────────────
// A small reader for the literals the examples use: numbers, "text", DATE(y, m, d) and array
// literals, where `{a, b}` is a row and `{a; b}` a column.

type Literal = CellValue | CellValue[][];

function parseFormula(formula: string): { name: string; args: Literal[] } {
  let i = 0;
  const src = formula.trim();
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i} in ${formula}`);
  };
  const skip = () => {
    while (src[i] === " ") i++;
  };
  const want = (c: string) => {
    skip();
    if (src[i] !== c) fail(`expected ${c}`);
    i++;
  };
  const name = (): string => {
    const m = /^[A-Z_][A-Z0-9_]*/i.exec(src.slice(i));
    if (!m) return fail("expected a name");
    i += m[0].length;
    return m[0];
  };
  const scalar = (): CellValue => {
    skip();
    const rest = src.slice(i);
    const num = /^-?\d+(\.\d+)?(e[+-]?\d+)?/i.exec(rest);
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    if (src[i] === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) return fail("unclosed text");
      i += m[0].length;
      return (m[1] as string).replaceAll('""', '"');
    }
    const fn = name().toUpperCase();
    if (fn === "TRUE" || fn === "FALSE") return fn === "TRUE";
    if (fn !== "DATE") return fail(`unsupported function ${fn}`);
    want("(");
    const ymd: number[] = [];
    for (const sep of [",", ",", ")"]) {
      ymd.push(scalar() as number);
      want(sep);
    }
    const [y, m, d] = ymd as [number, number, number];
    // A date cell in a spreadsheet whose zone is UTC: midnight UTC.
    return new Date(Date.UTC(y, m - 1, d));
  };
  const value = (): Literal => {
    skip();
    if (src[i] !== "{") return scalar();
    i++;
    const rows: CellValue[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as CellValue[]).push(scalar());
      skip();
      const sep = src[i++];
      if (sep === ",") continue;
      if (sep === ";") rows.push([]);
      else if (sep === "}") return rows;
      else fail("expected , ; or }");
    }
  };
  want("=");
  const fn = name();
  want("(");
  const args: Literal[] = [];
  skip();
  if (src[i] !== ")") {
    for (;;) {
      args.push(value());
      skip();
      if (src[i] === ",") i++;
      else break;
    }
  }
  want(")");
  skip();
  if (i !== src.length) fail("trailing text");
  return { name: fn, args };
}

/** How the examples write a result: a row as `a, b`, a column as `a; b`. */
function formatResult(out: CellOutput): string {
  if (!Array.isArray(out)) return String(out);
  return out.map((row) => row.map(String).join(", ")).join("; ");
}

describe("examples", () => {
  afterEach(() => setCallContext({ timeZone: "UTC" }));

  it("reads rows, columns, text and dates", () => {
    expect(parseFormula('=F({1, 2; 3, 4}, {0.5; 0.25}, "a ""b""", DATE(2026,4,29), -1.5e3)')).toEqual({
      name: "F",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [[0.5], [0.25]],
        'a "b"',
        new Date(Date.UTC(2026, 3, 29)),
        -1500,
      ],
    });
    expect(parseFormula("=G()")).toEqual({ name: "G", args: [] });
    expect(() => parseFormula("=F(TODAY())")).toThrow("unsupported function TODAY");
  });

  it.each(customFunctions.map((f) => [f.name, f.example, f.exampleResult]))(
    "%s: %s → %s",
    (name, example, result) => {
      const { name: called, args } = parseFormula(example);
      expect(called).toBe(name);
      setCallContext({ timeZone: "UTC" });
      const got = formatResult(customFunction(name).run(...(args as CellInput[])));
      // A number the example shows rounded (0.0607) is the result rounded to as many decimals.
      const shown = result.split(/([,;] )/);
      const computed = got.split(/([,;] )/);
      expect(computed.length, got).toBe(shown.length);
      shown.forEach((want, i) => {
        const decimals = /^-?\d+\.(\d+)$/.exec(want)?.[1]?.length;
        const value = Number(computed[i]);
        if (decimals !== undefined && Number.isFinite(value) && computed[i] !== want)
          expect(value.toFixed(decimals), got).toBe(want);
        else expect(computed[i], got).toBe(want);
      });
    },
  );
});

// ── The rules the prose states ──────────────────────────────────────────────────────────────────

describe("README custom-function rules", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");

  it("quotes each refusal exactly as the function throws it", () => {
    const quoted = [...readme.matchAll(/`(=KPI_[A-Z_]+\([^`]*\))` gives `([^`]+)`/g)];
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const [, formula = "", message] of quoted) {
      const { name, args } = parseFormula(formula);
      let thrown = "";
      try {
        customFunction(name).run(...(args as CellInput[]));
      } catch (e) {
        thrown = (e as Error).message;
      }
      expect(thrown, formula).toBe(message);
    }
  });

  it("names every planned rate of the registry, and only those", () => {
    const listed = /Every planned rate \(([^)]*)\)/.exec(readme.replace(/\s+/g, " "))?.[1] ?? "";
    const names = [...listed.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    const fractions = customFunctions.flatMap((f) =>
      f.params.filter((p) => p.type === "fraction" || p.type === "fractions").map((p) => p.name),
    );
    expect(names.sort()).toEqual([...new Set(fractions)].sort());
  });
});
