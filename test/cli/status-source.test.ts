// `status --actuals` on a team's own export (issue 19): a CRM's CSV in Shift_JIS with its own Japanese
// headers and timestamps, read through the mapping proposed from its header (printed on stderr) and
// through the same mapping pinned with --map; an ambiguous header is refused until --map chooses.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { statusSchema } from "../../src/domain/status/schema";

type StatusJson = ReturnType<typeof statusSchema.parse>;

import { jaPlan } from "../fixtures/plans";
import { runMain, tempDir, writePlan } from "./helpers";

// The export as the CRM writes it. Hand tally through 2026-05-31 (row 3's 23:59:59 is still April 30;
// row 4's 0:00:01 is May 1; 田中 is not on the team, so counted for the team and reported):
//   架電 40 + 35 + 50 + 20 + 10 = 155 (April 125, May 30); アポ 4 + 3 + 5 + 2 + 1 = 15;
//   商談 2 + 1 + 2 + 1 + 0 = 6; 受注 1 + 0 + 1 = 2; 売上 1,000,000 + 2,000,000 = 3,000,000 (all April);
//   顧客満足度 (45 + 35 + 40) ÷ 3 = 40; per rep 佐藤 60 calls ¥1,000,000, 鈴木 35, 高橋 50 ¥2,000,000.
const CRM = [
  "活動日時,担当者名,地域,架電件数,アポ獲得数,商談件数,受注件数,受注金額（円）,顧客満足度,所感",
  '2026/04/01 9:15:02,佐藤,東,40,4,2,1,"1,000,000",45,好感触',
  "2026/04/01 18:30:00,鈴木,西,35,3,1,0,,,",
  "2026/04/30 23:59:59,高橋,東,50,5,2,1,2000000,35,",
  "2026/05/01 0:00:01,佐藤,東,20,2,1,0,,40,",
  "2026/05/02 10:00,田中,東,10,1,0,0,,,",
].join("\r\n");

let dir: string;
let plan: string;
let crm: string;

beforeAll(async () => {
  dir = await tempDir("kpi-source-");
  plan = await writePlan(dir, jaPlan());
  crm = join(dir, "crm.csv");
  await writeFile(crm, iconv.encode(CRM, "Shift_JIS"));
});

const status = async (...args: string[]) => {
  const r = await runMain(["status", plan, "--as-of", "2026-05-31", "--json", ...args]);
  return { ...r, json: r.code === 0 ? statusSchema.parse(JSON.parse(r.stdout)) : null };
};

function expectTally(s: StatusJson | null) {
  if (!s) throw new Error("no report");
  const kpi = (id: string) => s.kpis.find((k) => k.id === id)?.actual;
  expect([kpi("calls"), kpi("deals"), kpi("nps"), s.kgi.actual]).toEqual([155, 2, 40, 3_000_000]);
  const stage = (p: number, id: string) => s.periods[p]?.stages.find((x) => x.stage === id)?.actual;
  expect([stage(0, "calls"), stage(1, "calls"), stage(0, "appointments"), stage(0, "meetings")]).toEqual([
    125, 30, 12, 5,
  ]);
  expect([s.periods[0]?.kgi.actual, s.periods[1]?.kgi.actual]).toEqual([3_000_000, 0]);
  const rep = (name: string) => s.reps.find((r) => r.name === name);
  expect(["佐藤", "鈴木", "高橋"].map((n) => rep(n)?.kpis.find((k) => k.id === "calls")?.actual)).toEqual([
    60, 35, 50,
  ]);
  expect(["佐藤", "鈴木", "高橋"].map((n) => rep(n)?.kgi.actual)).toEqual([1_000_000, 0, 2_000_000]);
  expect(s.unreadable).toEqual([{ cell: "'crm.csv'!B6", value: "田中", why: "rep_unknown" }]);
}

describe("status --actuals on a Shift_JIS CRM export with its own headers", () => {
  it("proposes the mapping on stderr and counts every row as the hand tally", async () => {
    const r = await status("--actuals", crm);
    expect(r.code, r.stderr).toBe(0);
    expectTally(r.json);
    expect(r.stderr).toContain("架電 ← 架電件数");
    expect(r.stderr).toContain("日付 ← 活動日時");
    expect(r.stderr).toContain("年間売上 (円) ← 受注金額（円）");
    expect(r.stderr).toContain("計画にない列は読みません: 地域、所感");
  });

  it("reads the same through the printed mapping pinned with --map, whatever this machine's zone", async () => {
    const proposed = await status("--actuals", crm);
    const pin = proposed.stderr.split("\n").find((l) => l.trim().startsWith('{"version":1'));
    expect(pin).toBeDefined();
    const map = join(dir, "map.json");
    await writeFile(map, pin as string);
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: a timestamp read as a local time would move a day.
    try {
      const r = await status("--actuals", crm, "--map", map);
      expect(r.code, r.stderr).toBe(0);
      expectTally(r.json);
      expect(r.stderr).toContain("(from --map)");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("refuses a header that reads two ways, naming the candidates, until --map chooses", async () => {
    const two = join(dir, "two.csv");
    await writeFile(
      two,
      `\uFEFF日付,担当,架電数（新規）,架電数（既存）\n2026-04-01,佐藤,10,7\n2026-04-02,鈴木,5,3\n`,
    );
    const asked = await status("--actuals", two);
    expect(asked.code).toBe(2);
    expect(asked.stdout).toBe("");
    expect(asked.stderr).toContain('架電 could be any of "架電数（新規）", "架電数（既存）"');
    expect(asked.stderr).toContain("架電 に当たる列が複数あります");
    const map = join(dir, "two.json");
    await writeFile(
      map,
      JSON.stringify({
        version: 1,
        columns: { date: "日付", rep: "担当", "stage:new_biz.calls": "架電数（新規）" },
      }),
    );
    const chosen = await status("--actuals", two, "--map", map);
    expect(chosen.code, chosen.stderr).toBe(0);
    // 10 + 5 from the chosen column only.
    expect(chosen.json?.kpis.find((k) => k.id === "calls")?.actual).toBe(15);
    expect(chosen.stderr).toContain("架電数（既存）");
  });
});
