// A smoke run of the benchmark (never a timing assertion): the JSON has the shape of BRIEF §3.7.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("npm run bench -- --json --quick prints the benchmark JSON", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const r = spawnSync("npm", ["run", "--silent", "bench", "--", "--json", "--quick"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.generation[0]).toMatchObject({ reps: 5, periods: 12, kpis: 5 });
  for (const key of ["cells", "calls", "naiveCalls", "ms"])
    expect(typeof out.generation[0][key]).toBe("number");
  expect(out.generation[0].naiveCalls).toBeGreaterThan(out.generation[0].calls);
  expect(out.functions).toMatchObject({ rows: 1000 });
  expect(out.recalc.map((x: { layout: string }) => x.layout)).toEqual(["bounded", "padded"]);
  expect(out.bundle.codeBytes).toBeGreaterThan(10_000);
  expect(out.bundle.sidebarBytes).toBeGreaterThan(1_000);
}, 180_000);
