// npm run test:mutation [folder ...] — Stryker over src/domain, src/functions, src/workbook and
// src/server, one run per folder (stryker.config.mjs), then one line per folder with its score.
// A folder's run keeps its record in reports/mutation/<folder>/incremental.json, so a rerun after a
// change retests only the mutants and tests the change touched; MUTATE=files runs a part of a folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { all, askedFolders } from "./mutation-folders.mjs";

const folders = askedFolders(process.argv.slice(2));

let failed = false;
for (const folder of folders) {
  console.error(`\n== mutation testing src/${folder} ==`);
  // MUTATE="src/workbook/a1.ts,src/workbook/names.ts" narrows a run to some files: the incremental
  // record keeps the results of the folder's other files, so a long folder can be done in parts.
  const only = process.env.MUTATE ? ["--mutate", process.env.MUTATE] : [];
  const force = process.env.MUTATION_FORCE ? ["--force"] : [];
  restoreRecord(folder);
  const run = spawnSync("npx", ["stryker", "run", "stryker.config.mjs", ...only, ...force], {
    stdio: "inherit",
    // The judging tests recalculate workbooks in HyperFormula: with a 64 MB young generation the
    // garbage collector stops taking most of their time (as in vitest.config.ts).
    env: {
      ...process.env,
      MUTATION_FOLDER: folder,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-semi-space-size=64"].filter(Boolean).join(" "),
    },
  });
  if (run.status !== 0) failed = true;
  else keepRecord(folder);
}

console.log("\nfolder     score  killed timeout survived no-cover ignored errors");
for (const folder of all) {
  const file = `reports/mutation/${folder}/mutation.json`;
  if (!existsSync(file)) continue;
  const count = tally(JSON.parse(readFileSync(file, "utf8")));
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  const score = valid ? ((100 * detected) / valid).toFixed(2) : "-";
  const errors = count.CompileError + count.RuntimeError;
  const row = [count.Killed, count.Timeout, count.Survived, count.NoCoverage, count.Ignored, errors];
  console.log(
    `${folder.padEnd(10)} ${score.padStart(6)}  ${row.map((n) => String(n).padStart(7)).join(" ")}`,
  );
}
process.exit(failed ? 1 : 0);

function tally(report) {
  const count = {
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    Ignored: 0,
    CompileError: 0,
    RuntimeError: 0,
  };
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) count[mutant.status] = (count[mutant.status] ?? 0) + 1;
  return count;
}

// A full run of src/workbook or src/server takes hours on two cores, more than one sitting, so each
// folder's incremental record is kept in git (test/mutation-records/<folder>.json.gz, the mutants'
// results with the sources and judging tests they were found on). A fresh clone starts from it, and
// Stryker retests every mutant whose file or covering tests differ from the record; MUTATION_FORCE=1
// retests everything.
function recordPaths(folder) {
  return {
    kept: `test/mutation-records/${folder}.json.gz`,
    working: `reports/mutation/${folder}/incremental.json`,
  };
}

function restoreRecord(folder) {
  const { kept, working } = recordPaths(folder);
  if (existsSync(working) || !existsSync(kept)) return;
  mkdirSync(`reports/mutation/${folder}`, { recursive: true });
  writeFileSync(working, gunzipSync(readFileSync(kept)));
  console.error(`starting from the kept record ${kept}`);
}

function keepRecord(folder) {
  const { kept, working } = recordPaths(folder);
  if (!existsSync(working)) return;
  mkdirSync("test/mutation-records", { recursive: true });
  // The sandbox's absolute root differs between checkouts; Stryker reads paths relative to it.
  const record = JSON.parse(readFileSync(working, "utf8"));
  delete record.projectRoot;
  writeFileSync(kept, gzipSync(JSON.stringify(record), { level: 9 }));
}
