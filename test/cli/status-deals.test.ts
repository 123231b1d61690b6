// `status --deals` on a deal list (issue 19), against the hand tally in test/fixtures/deal-list.ts.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { statusSchema } from "../../src/domain/status/schema";
import { DEAL_AS_OF, DEAL_TALLY, dealCsv, PHASE_ONLY_HEADER, PHASE_ONLY_ROWS } from "../fixtures/deal-list";
import { jaPlan } from "../fixtures/plans";
import { runMain, tempDir, writePlan } from "./helpers";

let dir: string;
let plan: string;

beforeAll(async () => {
  dir = await tempDir("kpi-deals-");
  plan = await writePlan(dir, jaPlan());
});

async function deals(csv: string, ...more: string[]) {
  const path = join(dir, `deals-${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, csv);
  const r = await runMain(["status", plan, "--deals", path, "--as-of", DEAL_AS_OF, "--json", ...more]);
  return { ...r, json: r.code === 0 ? statusSchema.parse(JSON.parse(r.stdout)) : null };
}

describe("status --deals", () => {
  it("counts each deal in every stage up to the furthest it reached, by each stage's date, and won amounts as the KGI", async () => {
    const r = await deals(dealCsv());
    expect(r.code, r.stderr).toBe(0);
    const s = r.json;
    if (!s) throw new Error("no report");
    const month = (p: number, stage: string) => s.periods[p]?.stages.find((x) => x.stage === stage)?.actual;
    for (const stage of ["appointments", "meetings", "deals"] as const)
      expect(
        [0, 1, 2].map((p) => month(p, stage)),
        stage,
      ).toEqual(DEAL_TALLY[stage]);
    expect([0, 1, 2].map((p) => s.periods[p]?.kgi.actual)).toEqual(DEAL_TALLY.kgi);
    expect([0, 1, 2].map((p) => month(p, "calls"))).toEqual([0, 0, 0]);
    for (const [name, want] of Object.entries(DEAL_TALLY.reps)) {
      const rep = s.reps.find((x) => x.name === name);
      expect(rep?.kgi.actual, name).toBe(want.kgi);
      expect(rep?.kpis.find((k) => k.id === "deals")?.actual, name).toBe(want.deals);
    }
    // Appointments 5 → meetings 3: the funnel's actual rate 3 ÷ 5.
    expect(s.funnel.find((f) => f.stage === "appointments")?.actualRate).toBeCloseTo(0.6, 12);
    expect(s.unreadable).toEqual([]);
    expect(r.stderr).toContain("商談 — date / 日付 ← 商談日");
    expect(r.stderr).toContain('"失注" → lost');
  });

  it("accepts a list with only the current phase, counting a lost deal in the first stage only, and says so", async () => {
    // The hand tally of PHASE_ONLY_ROWS is written beside them in the fixture.
    const r = await deals(dealCsv(PHASE_ONLY_HEADER, PHASE_ONLY_ROWS));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("2 lost deal(s): the list shows only each deal's current phase");
    expect(r.stderr).toContain("失注 2 件");
    const s = r.json;
    const month = (p: number, stage: string) => s?.periods[p]?.stages.find((x) => x.stage === stage)?.actual;
    // アポ: D1, D2 (Apr); D3 (May); D4, D6 (Jun). 商談: D1 (Apr), D3 (May). 受注: D1 (Apr).
    expect([0, 1, 2].map((p) => month(p, "appointments"))).toEqual([2, 1, 2]);
    expect([0, 1, 2].map((p) => month(p, "meetings"))).toEqual([1, 1, 0]);
    expect([0, 1, 2].map((p) => month(p, "deals"))).toEqual([1, 0, 0]);
    expect(s?.kgi.actual).toBe(1_200_000);
  });

  it("adds a deal list to a log: --actuals and --deals together", async () => {
    const log = join(dir, "log.csv");
    await writeFile(log, "日付,担当者,架電\n2026-04-01,佐藤,40\n2026-05-01,鈴木,30\n");
    const path = join(dir, "both.csv");
    await writeFile(path, dealCsv());
    const r = await runMain([
      "status",
      plan,
      "--actuals",
      log,
      "--deals",
      path,
      "--as-of",
      DEAL_AS_OF,
      "--json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const s = statusSchema.parse(JSON.parse(r.stdout));
    expect(s.kpis.find((k) => k.id === "calls")?.actual).toBe(70);
    expect(s.kgi.actual).toBe(3_200_000);
  });
});
