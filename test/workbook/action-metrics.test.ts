// What an action in the Review Log can aim at (action-metrics.ts), written out by hand for small plans:
// the KGI, then per stream each stage and the rate to the next in funnel order, manual KPIs last; a
// stage or rate a KPI tracks goes by the KPI's name, others by the stage's (prefixed with the stream's
// name when there are several); how each is compared before and after an action; and its format.
import { describe, expect, it } from "vitest";
import type { Kpi, Plan } from "../../src/domain/plan";
import { type ActionMetric, actionMetric, actionMetrics } from "../../src/workbook/action-metrics";
import { jaPlan, samplePlan } from "../fixtures/plans";

const manual = (id: string, name: string, source: Record<string, unknown>): Kpi =>
  ({
    id,
    name,
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, ...source },
  }) as Kpi;

/** The sample plan (JPY KGI, one stream: Calls → Appointments → Meetings → Deals) with KPIs renamed
 * so that a KPI's name differs from its stage's, and one manual KPI of each kind. */
function onePlan(): Plan {
  const plan = samplePlan();
  plan.kpis = [
    { ...(plan.kpis[0] as Kpi), name: "Daily calls" }, // stage calls
    { ...(plan.kpis[1] as Kpi), name: "Meeting conversion" }, // rate from appointments
    { ...(plan.kpis[2] as Kpi), name: "Closed deals" }, // stage deals
    manual("csat", "CSAT", { unit: "%", target: 0.9, aggregate: "average" }),
    manual("visits", "Site visits", { unit: "件", target: 300, aggregate: "sum" }),
    manual("nps", "NPS", { target: 40, aggregate: "average" }),
    manual("upsell", "Upsell revenue", { unit: "JPY", target: 5_000_000, aggregate: "sum" }),
  ];
  return plan;
}

const perDay = (column: string) => ({ kind: "perDay" as const, column });
const rate = (from: string, to: string) => ({ kind: "rate" as const, from, to });

describe("actionMetrics: one stream", () => {
  it("lists the KGI, each stage and its rate to the next in funnel order, then the manual KPIs", () => {
    // Hand list: KGI; calls, calls→appointments, appointments, appointments→meetings, meetings,
    // meetings→deals, deals (no rate after the last stage); then csat, visits, nps, upsell.
    const expected: ActionMetric[] = [
      { key: "kgi", name: "KGI: Annual revenue", rule: perDay("kgi"), format: "currency" },
      {
        key: "stage:new_biz.calls",
        name: "Daily calls",
        rule: perDay("stage:new_biz.calls"),
        format: "tenths",
      },
      {
        key: "rate:new_biz.calls",
        name: "Calls → Appointments rate",
        rule: rate("stage:new_biz.calls", "stage:new_biz.appointments"),
        format: "percent",
      },
      {
        key: "stage:new_biz.appointments",
        name: "Appointments",
        rule: perDay("stage:new_biz.appointments"),
        format: "tenths",
      },
      {
        key: "rate:new_biz.appointments",
        name: "Meeting conversion",
        rule: rate("stage:new_biz.appointments", "stage:new_biz.meetings"),
        format: "percent",
      },
      {
        key: "stage:new_biz.meetings",
        name: "Meetings",
        rule: perDay("stage:new_biz.meetings"),
        format: "tenths",
      },
      {
        key: "rate:new_biz.meetings",
        name: "Meetings → Deals rate",
        rule: rate("stage:new_biz.meetings", "stage:new_biz.deals"),
        format: "percent",
      },
      {
        key: "stage:new_biz.deals",
        name: "Closed deals",
        rule: perDay("stage:new_biz.deals"),
        format: "tenths",
      },
      // A percent level: the average with entries above 100% left out.
      {
        key: "kpi:csat",
        name: "CSAT",
        rule: { kind: "average", column: "kpi:csat", atMost: 1 },
        format: "percent",
      },
      // A count that adds up: per working day, shown with one decimal.
      { key: "kpi:visits", name: "Site visits", rule: perDay("kpi:visits"), format: "tenths" },
      // A level without a unit: a plain average, decimals.
      { key: "kpi:nps", name: "NPS", rule: { kind: "average", column: "kpi:nps" }, format: "decimal" },
      // Money that adds up stays whole.
      { key: "kpi:upsell", name: "Upsell revenue", rule: perDay("kpi:upsell"), format: "currency" },
    ];
    expect(actionMetrics(onePlan())).toEqual(expected);
  });

  it("shows a KGI that counts things with one decimal a day, not as money", () => {
    const plan = onePlan();
    plan.kgi = { name: "Deals won", target: 120, unit: "件" };
    expect(actionMetrics(plan)[0]).toEqual({
      key: "kgi",
      name: "KGI: Deals won",
      rule: perDay("kgi"),
      format: "tenths",
    });
  });

  it("finds a metric by its key, and nothing for a key the plan no longer has", () => {
    const plan = onePlan();
    expect(actionMetric(plan, "rate:new_biz.meetings")?.name).toBe("Meetings → Deals rate");
    expect(actionMetric(plan, "kpi:visits")?.rule).toEqual(perDay("kpi:visits"));
    expect(actionMetric(plan, "stage:new_biz.demos")).toBeUndefined();
    expect(actionMetric(plan, "kpi:gone")).toBeUndefined();
  });
});

describe("actionMetrics: several streams", () => {
  /** A second stream with the same stage ids, and the first stream's KPIs only. */
  function twoStreams(): Plan {
    const plan = onePlan();
    plan.kpis = plan.kpis.slice(0, 3);
    const first = plan.streams[0];
    if (!first) throw new Error("stream");
    first.share = 0.6;
    plan.streams.push({
      id: "renewals",
      name: "Renewals",
      share: 0.4,
      dealValue: 500_000,
      stages: [
        { id: "calls", name: "Calls", rate: 0.5 },
        { id: "appointments", name: "Appointments", rate: 0.8 },
        { id: "deals", name: "Deals" },
      ],
    });
    return plan;
  }

  it("names a stage or rate no KPI tracks by its stream and stage, and never by another stream's KPI", () => {
    const names = actionMetrics(twoStreams()).map((m) => [m.key, m.name]);
    expect(names).toEqual([
      ["kgi", "KGI: Annual revenue"],
      // The first stream's KPIs keep their own names, without the stream's.
      ["stage:new_biz.calls", "Daily calls"],
      ["rate:new_biz.calls", "New business: Calls → Appointments rate"],
      ["stage:new_biz.appointments", "New business: Appointments"],
      ["rate:new_biz.appointments", "Meeting conversion"],
      ["stage:new_biz.meetings", "New business: Meetings"],
      ["rate:new_biz.meetings", "New business: Meetings → Deals rate"],
      ["stage:new_biz.deals", "Closed deals"],
      // The same stage ids in Renewals: the first stream's KPIs are not theirs.
      ["stage:renewals.calls", "Renewals: Calls"],
      ["rate:renewals.calls", "Renewals: Calls → Appointments rate"],
      ["stage:renewals.appointments", "Renewals: Appointments"],
      ["rate:renewals.appointments", "Renewals: Appointments → Deals rate"],
      ["stage:renewals.deals", "Renewals: Deals"],
    ]);
  });

  it("does not take a rate KPI's name for its from-stage, nor a stage KPI's for the rate after it", () => {
    const plan = twoStreams();
    // Only a rate KPI from Renewals' calls, and only a stage KPI on Renewals' appointments.
    plan.kpis = [
      {
        ...(plan.kpis[1] as Kpi),
        name: "Renewal pick-up",
        source: { stream: "renewals", rateFrom: "calls" },
      },
      {
        ...(plan.kpis[0] as Kpi),
        name: "Renewal meetings",
        source: { stream: "renewals", stage: "appointments" },
      },
    ];
    const name = (key: string) => actionMetric(plan, key)?.name;
    expect(name("stage:renewals.calls")).toBe("Renewals: Calls");
    expect(name("rate:renewals.calls")).toBe("Renewal pick-up");
    expect(name("stage:renewals.appointments")).toBe("Renewal meetings");
    expect(name("rate:renewals.appointments")).toBe("Renewals: Appointments → Deals rate");
  });

  it("is not misled by a manual KPI with the id of a stage", () => {
    const plan = twoStreams();
    plan.kpis = [manual("calls", "Calls logged by hand", { unit: "件", target: 10, aggregate: "sum" })];
    const names = actionMetrics(plan).map((m) => m.name);
    expect(names).toContain("New business: Calls");
    expect(names.filter((n) => n === "Calls logged by hand")).toHaveLength(1);
    expect(actionMetrics(plan).at(-1)?.key).toBe("kpi:calls");
  });
});

describe("actionMetrics: Japanese", () => {
  it("writes a rate no KPI tracks as 「from→to 転換率」", () => {
    const plan = jaPlan();
    plan.kpis = plan.kpis.filter((k) => !("rateFrom" in k.source));
    const stages = plan.streams[0]?.stages.map((s) => s.name) ?? [];
    // 架電 → アポ → 商談 → 受注: the first rate is 架電→アポ.
    expect(actionMetric(plan, "rate:new_biz.calls")?.name).toBe(`${stages[0]}→${stages[1]} 転換率`);
    expect(actionMetric(plan, "kgi")?.name).toBe(`KGI: ${plan.kgi.name}`);
  });
});
