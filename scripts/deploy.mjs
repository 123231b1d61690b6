// npm run deploy: lint → typecheck → test → build → clasp push, after checking that clasp can push.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const PLACEHOLDER_SCRIPT_ID = "PUT-YOUR-SCRIPT-ID-HERE";

function stop(lines) {
  console.error(lines.join("\n"));
  process.exit(1);
}

export function deployProblem({ claspJson, home }) {
  let config;
  try {
    config = JSON.parse(readFileSync(claspJson, "utf8"));
  } catch {
    return [
      `Cannot read ${claspJson}. / ${claspJson} を読めません。`,
      'It should hold {"scriptId": "<your script id>", "rootDir": "dist"}.',
    ];
  }
  const id = typeof config.scriptId === "string" ? config.scriptId.trim() : "";
  if (!id || id === PLACEHOLDER_SCRIPT_ID) {
    return [
      "No Apps Script project is set in .clasp.json (scriptId is still the placeholder).",
      ".clasp.json の scriptId がまだ仮の値です。",
      "",
      "Do one of these, then run `npm run deploy` again:",
      '  • new script:      npx clasp create --type standalone --title "KPI Designer" --rootDir dist',
      '                     (then keep rootDir "dist" in .clasp.json)',
      "  • existing script: open it at script.google.com → Project Settings → copy the Script ID",
      '                     into .clasp.json as "scriptId".',
    ];
  }
  if (config.rootDir !== "dist") return ['.clasp.json must have "rootDir": "dist" (the build output).'];
  const auth = process.env.clasp_config_auth || path.join(home, ".clasprc.json");
  if (!existsSync(auth)) {
    return [
      "clasp is not logged in. / clasp にログインしていません。",
      "",
      "  1. Turn on the Apps Script API: https://script.google.com/home/usersettings",
      "  2. Run: npx clasp login",
      "  3. Run `npm run deploy` again.",
    ];
  }
  return null;
}

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0)
    stop([`\n✖ ${label} failed; nothing was pushed. / ${label} に失敗したため push していません。`]);
}

const problem = deployProblem({ claspJson: ".clasp.json", home: os.homedir() });
if (problem) stop(problem);
run("lint", "npm", ["run", "--silent", "lint"]);
run("typecheck", "npm", ["run", "--silent", "typecheck"]);
run("test", "npx", ["vitest", "run"]); // builds dist/ first (test/global-setup.ts) and tests that bundle
run("build", "npm", ["run", "--silent", "build"]);
run("clasp push", "npx", ["clasp", "push", "--force"]);
console.log("\n✔ Pushed. Test it: Extensions → Apps Script → Deploy → Test deployments → Editor add-on.");
