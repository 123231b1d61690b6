// Global setup of npm run test:mutation: builds dist/Code.js from the mutated sources in Stryker's
// sandbox, so the tests that load the bundle in a vm judge the same mutants. The sidebar is built only
// for src/server's run: its inline-script guard is not made for instrumented code.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  build("server");
  // The server's judges open the sidebar from the menu (dist/Sidebar.html). Its code is src/client's,
  // which a run over src/server does not instrument, so it builds as it ships.
  if (process.env.MUTATION_FOLDER === "server") build("client");
}

function build(target: "server" | "client"): void {
  const r = spawnSync(process.execPath, ["build.mjs", target], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build failed before the tests:\n${r.stderr || r.stdout}`);
}
