// npm start's server as a command: scripts/start.mjs → src/local/preview/server.ts; once as the README
// says it, `npm start`, opened in real Chromium.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { previewLocale } from "../../src/local/preview/server";
import { launchChromium, watchProblems } from "./support";

const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "kpi-preview-cli-"));

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], {
    cwd: root,
    env: { ...process.env, PORT: "0", INIT_CWD: work, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(what: () => RegExpMatchArray | null, child: ChildProcess): Promise<RegExpMatchArray> {
  for (let i = 0; i < 300; i++) {
    const m = what();
    if (m) return m;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the preview did not say where it is");
}

describe("npm start", () => {
  it("as typed in the README: builds, serves, and the page and its sidebar load in Chromium without errors", async () => {
    const child = spawn("npm", ["start", "--silent", "--", "--locale", "en"], {
      cwd: root,
      env: { ...process.env, PORT: "0", INIT_CWD: work },
      detached: true,
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    const browser = await launchChromium();
    try {
      const [, url] = await waitFor(() => stdout.match(/(http:\/\/127\.0\.0\.1:\d+\/)/), child);
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(url as string);
      await page.locator("table.grid").waitFor();
      await page.frameLocator("#sidebar-frame").locator("#step-title").waitFor();
      expect(await page.frameLocator("#sidebar-frame").locator("#step-title").innerText()).toMatch(/^1\. /);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      // npm runs the server in a child of its own: stop the whole group.
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    }
  });

  it("--plan FILE.json opens with the plan generated, prints the URL, and stops on SIGTERM", async () => {
    writeFileSync(path.join(work, "plan.json"), JSON.stringify(templatePlan("inside_sales", "en")));
    const run = start(["--plan", "plan.json", "--locale", "en"]);
    const [, url] = await waitFor(() => run.out().match(/(http:\/\/127\.0\.0\.1:\d+\/)/), run.child);
    const wb = await (await fetch(new URL("/api/workbook", url))).json();
    expect(wb.locale).toBe("en");
    expect(wb.sheets.map((s: { name: string }) => s.name)).toContain("Dashboard");
    expect(wb.sheets.find((s: { name: string }) => s.name === "KPI Designer Data").hidden).toBe(true);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("refuses an invalid plan with the field's path and exit code 2, before listening", async () => {
    const plan = templatePlan("inside_sales", "en");
    (plan.streams[0]?.stages[0] as { rate?: number }).rate = 25;
    writeFileSync(path.join(work, "bad.json"), JSON.stringify(plan));
    const run = start(["--plan", "bad.json"]);
    expect(await run.exited).toBe(2);
    expect(run.err()).toContain("streams[0].stages[0].rate");
    expect(run.err()).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.out()).not.toContain("http://");
  });

  it("refuses a missing file, an unknown option and a bad locale with exit code 2", async () => {
    const runs = [["--plan", "missing.json"], ["--bogus"], ["--locale", "fr"]].map((args) => ({
      args,
      run: start(args),
    }));
    for (const { args, run } of runs) {
      expect(await run.exited, args.join(" ")).toBe(2);
      expect(run.err()).toMatch(/Error: .+\nエラー: /);
    }
  });

  it("takes the locale from --locale, else LANG, else Japanese", () => {
    expect(previewLocale("en", "ja_JP.UTF-8")).toBe("en");
    expect(previewLocale(undefined, "ja_JP.UTF-8")).toBe("ja");
    expect(previewLocale(undefined, "en_US.UTF-8")).toBe("en");
    expect(previewLocale(undefined, "C.UTF-8")).toBe("ja");
    expect(previewLocale(undefined, undefined)).toBe("ja");
    expect(previewLocale("fr", undefined)).toBeNull();
  });
});
