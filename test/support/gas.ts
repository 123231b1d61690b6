// Loads the built dist/Code.js the way Apps Script does: one fresh global object, top-level
// function declarations become globals.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const gas = require("gas-local") as {
  require(
    folder: string,
    globals: object,
    options?: { filter?: (f: string) => boolean },
  ): Record<string, unknown>;
};

export const distDir = path.resolve(import.meta.dirname, "../../dist");

export function loadCodeJs(globals: Record<string, unknown> = {}): Record<string, unknown> {
  return gas.require(distDir, { ...globals }, { filter: (f) => path.basename(f) === "Code.js" });
}
