// Global setup of npm run test:mutation: builds dist/Code.js from the mutated sources in Stryker's
// sandbox, so the tests that load the bundle in a vm judge the same mutants. The sidebar is not built:
// no judging test reads it, and its inline-script guard is not made for instrumented code.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  const r = spawnSync(process.execPath, ["build.mjs", "server"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build failed before the tests:\n${r.stderr || r.stdout}`);
}
