// Tests load the built dist/Code.js and dist/Sidebar.html as Apps Script does; build them first so that
// `npx vitest run` alone (as `npm run deploy` runs it) never tests a missing or stale bundle.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  const r = spawnSync(process.execPath, ["build.mjs"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build failed before the tests:\n${r.stderr || r.stdout}`);
}
