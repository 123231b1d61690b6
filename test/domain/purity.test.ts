// The core runs unchanged in the sidebar, Apps Script and Node: it may import nothing from them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const pureDirs = ["src/domain", "src/workbook", "src/functions", "src/warehouse"];

function tsFiles(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory()
      ? tsFiles(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );
}

const allowedPackages = new Set(["zod", "zod/mini"]);
const forbiddenGlobals =
  /\b(SpreadsheetApp|HtmlService|ScriptApp|Session|PropertiesService|LockService|Utilities|UrlFetchApp|window|document|navigator|localStorage|process|require|Buffer|__dirname)\s*[.([]/;

describe("the pure core (domain, workbook, functions, warehouse)", () => {
  const files = pureDirs.flatMap(tsFiles);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)("%s imports only relative modules and zod", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    const specifiers = [
      ...text.matchAll(/\b(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']/g),
    ].map((m) => m[1] ?? m[2] ?? "");
    for (const s of specifiers) {
      const relative = s.startsWith("./") || s.startsWith("../");
      if (relative) {
        const target = path.normalize(path.join(path.dirname(file), s));
        expect(
          pureDirs.some((d) => target.startsWith(d)),
          `${file} → ${s}`,
        ).toBe(true);
      } else {
        expect(allowedPackages.has(s), `${file} imports ${s}`).toBe(true);
      }
    }
  });

  it.each(files)("%s uses no Apps Script, DOM or Node global", (file) => {
    // Comments and string literals may mention anything; code may not.
    const code = readFileSync(path.join(root, file), "utf8")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
      .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code).not.toMatch(forbiddenGlobals);
  });

  it("compiles with no ambient types at all (src/domain/tsconfig.json: lib ES2020, types [])", () => {
    const config = JSON.parse(readFileSync(path.join(root, "src/domain/tsconfig.json"), "utf8"));
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib).toEqual(["ES2020"]);
    expect(config.include).toEqual([".", "../workbook", "../functions", "../warehouse"]);
  });
});
