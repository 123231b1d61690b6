// Every command and option of the command line at its edges (flag-cases.ts), run in this process
// through main(): the exit code, the error line in English then a Japanese one, the usage after a
// usage error, nothing on stdout for an error, no stack trace, no file written by a failed export.
// A guard holds a case for every option main() knows, so a new option without cases fails here.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commandOptions } from "../../src/cli/main";
import { samplePlan } from "../fixtures/plans";
import { type Fixture, cases as firstCases } from "./flag-cases";
import { eventCases } from "./flag-cases-events";
import { statusCases } from "./flag-cases-status";
import { hasStackTrace, runMain, tempDir, writePlan } from "./helpers";

const cases = [...firstCases, ...statusCases, ...eventCases];
let f: Fixture;

beforeAll(async () => {
  const dir = await tempDir("kpi-flags-");
  const at = (name: string) => join(dir, name);
  const plan = await writePlan(dir, samplePlan());
  const planTxt = await writePlan(dir, samplePlan(), "plan.txt");
  await writeFile(at("bad.json"), '{"version": 1,,}\n');
  await writeFile(at("not-a-workbook.xlsx"), "hello\n");
  await writeFile(at("notes.txt"), "hello\n");
  await writeFile(
    at("log.csv"),
    "Date,Rep,Calls,Appointments,Meetings,Deals,Annual revenue (JPY),Notes\n2026-04-01,Sato,40,4,2,1,1000000,\n",
  );
  await mkdir(at("folder.csv"));
  const pin = (columns: Record<string, string>) => JSON.stringify({ version: 1, columns });
  await writeFile(at("map.json"), pin({ date: "Date", rep: "Rep", "stage:new_biz.calls": "Calls" }));
  await writeFile(at("bad-map.json"), pin({ date: "" }));
  await writeFile(at("stale-map.json"), pin({ date: "Date", "stage:new_biz.calls": "Dials" }));
  await writeFile(at("deals.csv"), "Owner,Created,Phase,Amount\nSato,2026-04-01,受注,1000000\n");
  const events = "2026-04-01 09:00:00,Sato,new_biz,calls,\n2026-04-01 15:30:00,Sato,new_biz,deals,1000000\n";
  await writeFile(at("events.csv"), `event_time,rep,stream,stage,amount\n${events}`);
  await writeFile(at("odd-events.csv"), `ts,owner,kind,step,value\n${events}`);
  await mkdir(at("missing"));
  const workbook = at("kpi.xlsx");
  const wrote = await runMain(["export", plan, "--out", workbook]);
  expect(wrote.code, wrote.stderr).toBe(0);
  f = {
    dir,
    plan,
    planTxt,
    badJson: at("bad.json"),
    workbook,
    notWorkbook: at("not-a-workbook.xlsx"),
    csv: at("log.csv"),
    folderCsv: at("folder.csv"),
    mapping: at("map.json"),
    badMapping: at("bad-map.json"),
    staleMapping: at("stale-map.json"),
    deals: at("deals.csv"),
    events: at("events.csv"),
    oddEvents: at("odd-events.csv"),
    text: at("notes.txt"),
    missing: (name) => join(dir, "missing", name),
  };
});

describe("kpi-designer options at their edges", () => {
  it.each(cases.map((c) => [c.command || "(command)", c.flag ? `--${c.flag}` : "", c.kind, c] as const))(
    "%s %s: %s",
    async (_c, _f, _k, c) => {
      const r = await runMain(c.args(f));
      expect(r.code, r.stderr).toBe(c.code);
      expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
      if (c.code === 0) {
        expect(r.stdout).toContain(c.says(f));
        return;
      }
      const lines = r.stderr.split("\n");
      // The line is the case's, whole, or followed by " (" and the JSON parser's own words.
      const line = `Error: ${c.says(f)}`;
      const at = lines.findIndex((l) => l === line || l.startsWith(`${line} (`));
      expect(at, r.stderr).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1], "the Japanese line").toMatch(/^エラー: \S/);
      if (c.code === 2) expect(r.stdout).toBe("");
      if (c.usage) expect(r.stderr).toContain(c.command ? `Usage: kpi-designer ${c.command}` : "\nUsage:\n");
      const unwritten = c.unwritten?.(f);
      if (unwritten) expect(existsSync(unwritten), unwritten).toBe(false);
    },
  );
});

describe("the cases cover every option", () => {
  it("each option with a value: missing and repeated; each flag: given a value and repeated", () => {
    const missing: string[] = [];
    for (const [command, options] of Object.entries(commandOptions)) {
      const here = cases.filter((c) => c.command === command);
      if (!here.some((c) => c.kind === "unknown option")) missing.push(`${command}: unknown option`);
      for (const [flag, type] of Object.entries(options)) {
        const kinds = type === "string" ? ["missing value", "repeated"] : ["given a value", "repeated"];
        for (const kind of kinds)
          if (!here.some((c) => c.flag === flag && c.kind === kind))
            missing.push(`${command} --${flag}: ${kind}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(commandOptions)).toEqual(["check", "funnel", "export", "sql", "status", "template"]);
  });

  it("names no option a command does not have", () => {
    const stray = cases.filter((c) => c.flag && !commandOptions[c.command]?.[c.flag]);
    expect(stray.map((c) => `${c.command} --${c.flag}`)).toEqual([]);
  });
});
