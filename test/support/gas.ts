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
  return gas.require(
    distDir,
    { ...globals, ...mutationNamespace() },
    { filter: (f) => path.basename(f) === "Code.js" },
  );
}

/**
 * Under `npm run test:mutation` the bundle is built from Stryker's instrumented sources. Its switches
 * read the active mutant from a `__stryker__` global, and a fresh vm has its own: handing it the test's
 * namespace lets the bundle see the mutant under test and report which tests reach which mutants.
 */
function mutationNamespace(): Record<string, unknown> {
  const ns = (globalThis as Record<string, unknown>).__stryker__;
  return ns === undefined ? {} : { __stryker__: ns };
}
