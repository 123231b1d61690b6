// npm run check:mutation [folder ...] — is each kept mutation record (test/mutation-records) from a
// run on this checkout? A record holds the source of every mutated file and of every judging test
// file as the run saw them; Stryker's incremental mode retests whatever differs. This says, in a
// second and without running Stryker, which files differ, so docs/quality.md's scores can be told
// current or stale. Exit 1 when a record is missing or stale.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { askedFolders } from "./mutation-folders.mjs";

// A file gone or not as the run saw it: Stryker would retest what it holds.
const changed = (path, source) => !existsSync(path) || readFileSync(path, "utf8") !== source;

let stale = false;
for (const folder of askedFolders(process.argv.slice(2))) {
  const kept = `test/mutation-records/${folder}.json.gz`;
  if (!existsSync(kept)) {
    console.log(`${folder}: no record (${kept}): run npm run test:mutation -- ${folder}`);
    stale = true;
    continue;
  }
  const record = JSON.parse(gunzipSync(readFileSync(kept)).toString("utf8"));
  const sources = Object.entries(record.files).filter(([p, f]) => changed(p, f.source));
  const tests = Object.entries(record.testFiles ?? {}).filter(([p, f]) => changed(p, f.source));
  // A file Stryker found no mutant in (types, re-exports) is not in the record, nor is one the
  // config leaves out (stryker.config.mjs) — or one added since the run: they are listed to look at.
  const recorded = new Set(Object.keys(record.files));
  const absent = tracked(`src/${folder}`).filter((p) => p.endsWith(".ts") && !recorded.has(p));
  const mutants = Object.values(record.files).reduce((n, f) => n + f.mutants.length, 0);
  console.log(
    `${folder}: ${recorded.size} files, ${mutants} mutants, ${Object.keys(record.testFiles ?? {}).length} judging test files`,
  );
  for (const [p] of sources) console.log(`  changed since the run: ${p}`);
  for (const [p] of tests) console.log(`  judging test changed since the run: ${p}`);
  if (absent.length) console.log(`  not in the record (no mutant, left out, or new): ${absent.join(", ")}`);
  if (sources.length || tests.length) stale = true;
}
console.log(stale ? "\nstale: rerun the folders above" : "\nevery record is from a run on this checkout");
process.exit(stale ? 1 : 0);

function tracked(dir) {
  return execFileSync("git", ["ls-files", dir], { encoding: "utf8" }).split("\n").filter(Boolean);
}
