// Writes the JSON Schemas of the public contracts from their zod schemas: schema/plan.v1.json (the
// plan file) and schema/status.v1.json (`kpi-designer status --json`).
//   node scripts/gen-schema.mjs [--check]
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const SCHEMAS = [
  {
    file: "plan.v1.json",
    entry: "src/domain/plan-schema.ts",
    exportName: "planSchema",
    title: "KPI Designer plan file, version 1",
  },
  {
    file: "status.v1.json",
    entry: "src/domain/status/schema.ts",
    exportName: "statusSchema",
    title: "KPI Designer status report (kpi-designer status --json), version 1",
  },
];

async function renderOne({ file, entry, exportName, title }) {
  const out = new URL(`../.tmp/${file}.mjs`, import.meta.url);
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out.pathname,
    logLevel: "error",
  });
  const mod = await import(`${pathToFileURL(out.pathname).href}?t=${Date.now()}`);
  const z = await import("zod");
  const schema = z.toJSONSchema(mod[exportName], { target: "draft-2020-12" });
  schema.$id = `https://kpi-designer.invalid/schema/${file}`;
  schema.title = title;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  let stale = false;
  for (const s of SCHEMAS) {
    const target = new URL(`../schema/${s.file}`, import.meta.url);
    const text = await renderOne(s);
    if (process.argv.includes("--check")) {
      const current = await readFile(target, "utf8").catch(() => "");
      if (current !== text) {
        console.error(`schema/${s.file} is stale: run node scripts/gen-schema.mjs`);
        stale = true;
      }
    } else {
      await mkdir(new URL("../schema/", import.meta.url), { recursive: true });
      await writeFile(target, text);
    }
  }
  if (stale) process.exit(1);
}
