// npm start (after the build): the local preview server, TypeScript run through tsx.
//   npm start [-- --plan FILE.json] [-- --locale ja|en]     PORT=8123 npm start
// Options go to src/local/preview/server.ts; Ctrl+C stops it.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// A 64 MB young generation: the recalculation after each typed cell allocates fast, and with V8's
// default the garbage collector took three quarters of it (1.7 s a write, 0.45 s with this).
const child = spawn(
  process.execPath,
  ["--max-semi-space-size=64", "--import", "tsx", "src/local/preview/server.ts", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
});
