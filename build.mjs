// Builds what Apps Script runs: dist/Code.js (one IIFE + top-level stubs), dist/Sidebar.html (one
// self-contained file) and dist/appsscript.json.   node build.mjs [server|client]
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import * as esbuild from "esbuild";

export const GLOBAL_NAME = "KPIDesigner";
const dist = new URL("./dist/", import.meta.url);
const tmp = new URL("./.tmp/", import.meta.url);

/** Loads the entry-point registry from source, the same list the bundle is built from. */
async function loadEntryPoints() {
  await mkdir(tmp, { recursive: true });
  const out = new URL("entry-points.mjs", tmp);
  await esbuild.build({
    entryPoints: ["src/server/entry-points.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out.pathname,
    logLevel: "error",
  });
  const mod = await import(`${pathToFileURL(out.pathname).href}?t=${Date.now()}`);
  return mod.entryPoints();
}

function stub({ name, params, doc }) {
  const comment = ["/**", ...doc.map((l) => ` * ${l}`), " */"].join("\n");
  // apply(arguments) keeps the real arity, so a missing argument is reported, not read as blank.
  return `${comment}\nfunction ${name}(${params.join(", ")}) {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}\n`;
}

export async function buildServer() {
  const entries = await loadEntryPoints();
  const result = await esbuild.build({
    entryPoints: ["src/server/index.ts"],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    minify: true,
    // Japanese text as UTF-8, not \u escapes: a third of the size.
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  const body = result.outputFiles[0].text;
  const footer = entries.map(stub).join("\n");
  const code = `${body}\n${footer}`;

  // Every registry name must be a function of the bundle: the stubs and the code cannot drift.
  const ctx = vm.createContext({});
  vm.runInContext(`${body};this.${GLOBAL_NAME}=${GLOBAL_NAME};`, ctx);
  const missing = entries.filter((e) => typeof ctx[GLOBAL_NAME][e.name] !== "function").map((e) => e.name);
  if (missing.length)
    throw new Error(`entry points not exported by src/server/index.ts: ${missing.join(", ")}`);

  await mkdir(dist, { recursive: true });
  await writeFile(new URL("Code.js", dist), code);
  await copyFile("appsscript.json", new URL("appsscript.json", dist));
  return { bytes: Buffer.byteLength(code), entries: entries.length };
}

/**
 * Apps Script serves the sidebar through its HTML sanitiser, which has mangled inline scripts where
 * `//` or `</script` appear. Minified code has no comments, so each `//` left is inside a string,
 * template or regex, where `/\/` means the same; `<\/` likewise. The result must still parse.
 */
export async function guardInlineScript(js) {
  const guarded = js.replaceAll("//", "/\\/").replaceAll("</", "<\\/").replaceAll("<!--", "<\\!--");
  await esbuild.transform(guarded, { loader: "js" }); // throws if the guard broke the code
  return guarded;
}

export async function buildClient() {
  const result = await esbuild.build({
    entryPoints: ["src/client/main.ts"],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    write: false,
    logLevel: "error",
  });
  const js = await guardInlineScript(result.outputFiles[0].text);
  const css = (await readFile("src/client/sidebar.css", "utf8")).replaceAll("</", "<\\/");
  const template = await readFile("src/client/sidebar.html", "utf8");
  const html = template.replace("/*INLINE_CSS*/", () => css).replace("/*INLINE_JS*/", () => js);
  await mkdir(dist, { recursive: true });
  await writeFile(new URL("Sidebar.html", dist), html);
  return { bytes: Buffer.byteLength(html) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const target = process.argv[2] ?? "all";
  try {
    if (target === "all" || target === "server") {
      const s = await buildServer();
      console.log(`dist/Code.js       ${(s.bytes / 1024).toFixed(1)} KB, ${s.entries} entry points`);
    }
    if (target === "all" || target === "client") {
      const c = await buildClient();
      console.log(`dist/Sidebar.html  ${(c.bytes / 1024).toFixed(1)} KB`);
    }
  } catch (err) {
    console.error(`build failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
