// Writes schema/plan.v1.json, the JSON Schema of the plan file, from the zod schema.
//   node scripts/gen-schema.mjs [--check]
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

export async function render() {
  const out = new URL("../.tmp/plan-schema.mjs", import.meta.url);
  await esbuild.build({
    entryPoints: ["src/domain/plan-schema.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out.pathname,
    logLevel: "error",
  });
  const { planSchema } = await import(`${pathToFileURL(out.pathname).href}?t=${Date.now()}`);
  const z = await import("zod");
  const schema = z.toJSONSchema(planSchema, { target: "draft-2020-12" });
  schema.$id = "https://kpi-designer.invalid/schema/plan.v1.json";
  schema.title = "KPI Designer plan file, version 1";
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const target = new URL("../schema/plan.v1.json", import.meta.url);
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const text = await render();
  if (process.argv.includes("--check")) {
    const current = await readFile(target, "utf8").catch(() => "");
    if (current !== text) {
      console.error("schema/plan.v1.json is stale: run node scripts/gen-schema.mjs");
      process.exit(1);
    }
  } else {
    await mkdir(new URL("../schema/", import.meta.url), { recursive: true });
    await writeFile(target, text);
  }
}
