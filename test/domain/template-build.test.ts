// buildPlan writes only the optional fields a template sets: a plan file has no key holding
// undefined, so the stored JSON is the same however the plan was made. Each test builds its own plan:
// what runs while the file loads is not judged by mutation testing (docs/quality.md).
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/domain/templates/build";
import type { TemplateSpec } from "../../src/domain/templates/spec";

const tx = (en: string, ja: string) => ({ en, ja });

const spec: TemplateSpec = {
  id: "tiny",
  kind: "minimal",
  title: tx("Tiny sales", "小さな営業"),
  description: tx("A test template", "テスト用"),
  kgi: { name: tx("Revenue", "売上"), target: 1_000_000, unit: "money" },
  kfs: [{ name: tx("Calls", "架電") }],
  streams: [
    {
      id: "new",
      name: tx("New", "新規"),
      share: 1,
      dealValue: 100_000,
      stages: [
        { id: "lead", name: tx("Lead", "リード"), rate: 0.5 },
        { id: "won", name: tx("Won", "受注") },
      ],
    },
  ],
  kpis: [
    {
      id: "calls",
      name: tx("Calls", "架電数"),
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { stream: "new", stage: "lead" },
      definition: tx("Calls made", "架電した数"),
      controllable: false,
      capacityPerDay: 40,
    },
    {
      id: "won",
      name: tx("Deals", "受注数"),
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "new", stage: "won" },
      definition: tx("Deals won", "受注した数"),
    },
  ],
  team: [{ name: tx("Rep A", "担当A") }, { name: tx("Rep B", "担当B"), weight: 2 }],
};

describe("buildPlan's optional fields", () => {
  it("copies controllable and capacityPerDay where the template sets them, and only there", () => {
    const [calls, won] = buildPlan(spec, "en").kpis;
    expect(calls?.controllable).toBe(false);
    expect(calls?.capacityPerDay).toBe(40);
    expect(won && "controllable" in won).toBe(false);
    expect(won && "capacityPerDay" in won).toBe(false);
  });

  it("gives a rate only to stages with one, and no lead time to a stream without one", () => {
    const stream = buildPlan(spec, "en").streams[0];
    expect(stream?.stages[0]).toEqual({ id: "lead", name: "Lead", rate: 0.5 });
    expect(Object.keys(stream?.stages[1] ?? {})).toEqual(["id", "name"]);
    expect(stream && "leadTimeDays" in stream).toBe(false);
  });

  it("weights only the members the template weighs", () => {
    expect(buildPlan(spec, "en").team.map((m) => Object.keys(m))).toEqual([["name"], ["name", "weight"]]);
  });

  it("titles the plan in its language", () => {
    expect(buildPlan(spec, "en").title).toBe("Tiny sales KPI plan");
    expect(buildPlan(spec, "ja").title).toBe("小さな営業のKPI計画");
  });
});
