import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error build.mjs is plain JavaScript
import { guardInlineScript } from "../build.mjs";

const root = path.resolve(import.meta.dirname, "..");

describe("dist/Sidebar.html", () => {
  const html = readFileSync(path.join(root, "dist/Sidebar.html"), "utf8");

  it("is one self-contained file that loads nothing from the network", () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toContain('<main id="app">');
  });

  it("stays inside the sidebar budget of BRIEF §4 (250 KB)", () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(250 * 1024);
  });

  it("has no `//` and no early `</` inside its inline script", () => {
    const script = html.slice(html.indexOf("<script>") + 8, html.lastIndexOf("</script>"));
    expect(script.length).toBeGreaterThan(0);
    expect(script).not.toContain("//");
    expect(script).not.toContain("</");
  });

  it("guards strings, templates and regexes without changing what they mean", async () => {
    const src = 'globalThis.r=["http://x/</script>", `a//b`, /a\\/\\/b/.test("a//b")];';
    const guarded = await guardInlineScript(src);
    expect(guarded).not.toContain("//");
    const run = (code: string) => new Function(`${code};return globalThis.r;`)();
    expect(run(guarded)).toEqual(run(src));
  });
});

describe("npm run deploy", () => {
  const deploy = (cwd: string, home: string, PATH = process.env.PATH) =>
    spawnSync(process.execPath, [path.join(root, "scripts/deploy.mjs")], {
      cwd,
      env: { ...process.env, HOME: home, clasp_config_auth: "", PATH },
      encoding: "utf8",
    });

  /** A logged-in project whose `npm` and `npx` only record what they were asked to run. */
  const loggedInProject = (failOn?: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "proj-"));
    const home = mkdtempSync(path.join(os.tmpdir(), "home-"));
    const bin = path.join(dir, "fake-bin");
    const log = path.join(dir, "steps.log");
    writeFileSync(path.join(dir, ".clasp.json"), JSON.stringify({ scriptId: "1AbCdEf", rootDir: "dist" }));
    writeFileSync(path.join(home, ".clasprc.json"), "{}");
    mkdirSync(bin);
    for (const tool of ["npm", "npx"]) {
      const fail = failOn ? `case "$*" in *${failOn}*) exit 3;; esac\n` : "";
      writeFileSync(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n${fail}exit 0\n`);
      chmodSync(path.join(bin, tool), 0o755);
    }
    const steps = () => readFileSync(log, "utf8").trim().split("\n");
    return { run: () => deploy(dir, home, `${bin}:${process.env.PATH}`), steps };
  };

  it("runs lint, typecheck, the tests, the build, then clasp push, in that order", () => {
    const p = loggedInProject();
    const r = p.run();
    expect(r.status).toBe(0);
    expect(p.steps()).toEqual([
      "npm run --silent lint",
      "npm run --silent typecheck",
      "npx vitest run",
      "npm run --silent build",
      "npx clasp push --force",
    ]);
  });

  it("pushes nothing when a step fails", () => {
    const p = loggedInProject("vitest");
    const r = p.run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("test failed; nothing was pushed");
    expect(p.steps().at(-1)).toBe("npx vitest run");
    expect(p.steps().join("\n")).not.toContain("clasp push");
  });

  it("stops with what to do while the scriptId is the placeholder", () => {
    const r = deploy(root, mkdtempSync(path.join(os.tmpdir(), "home-")));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("scriptId is still the placeholder");
    expect(r.stderr).toContain("npx clasp create");
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });

  it("stops with the login steps when clasp is not logged in", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "proj-"));
    writeFileSync(path.join(dir, ".clasp.json"), JSON.stringify({ scriptId: "1AbCdEf", rootDir: "dist" }));
    const r = deploy(dir, mkdtempSync(path.join(os.tmpdir(), "home-")));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("npx clasp login");
    expect(r.stderr).toContain("Apps Script API");
  });
});
