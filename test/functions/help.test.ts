// The help people read — Sheets' autocomplete (@customfunction JSDoc) and the README's function table —
// checked over specs loaded inside the test: the specs are module-level data, and a module loaded by a
// test is one mutation testing can change and judge (docs/quality.md, static mutants).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { END, START, table } from "../../scripts/gen-readme-functions.mjs";
import type { FunctionSpec } from "../../src/functions/spec";

const root = path.resolve(import.meta.dirname, "../..");

async function freshSpecs(): Promise<readonly FunctionSpec[]> {
  vi.resetModules();
  return (await import("../../src/functions/registry")).customFunctions;
}

describe("the functions' help, from freshly loaded specs", () => {
  it("the README's function table is the one the specs give", async () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    expect(table(await freshSpecs())).toBe(section);
  });

  it("every function says what it does and returns, in both languages, with an example calling it", async () => {
    for (const f of await freshSpecs()) {
      for (const text of [f.description, f.returns]) {
        expect(text.en.trim(), `${f.name} en`).not.toBe("");
        expect(text.ja.trim(), `${f.name} ja`).not.toBe("");
      }
      expect(f.example.startsWith(`=${f.name}(`), `${f.name} example ${f.example}`).toBe(true);
      expect(f.exampleResult.trim(), `${f.name} example result`).not.toBe("");
    }
  });

  it("every parameter has a name Sheets can show and a description in both languages", async () => {
    for (const f of await freshSpecs()) {
      for (const p of f.params) {
        expect(p.name, `${f.name}`).toMatch(/^[a-z][a-z_]*$/);
        expect(p.description.en.trim(), `${f.name} ${p.name} en`).not.toBe("");
        expect(p.description.ja.trim(), `${f.name} ${p.name} ja`).not.toBe("");
      }
    }
  });
});
