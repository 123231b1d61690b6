// @vitest-environment happy-dom
// Wording a reviewer flagged: the capacity hint names the field on screen, counts read as English
// ("1 rep", "3 reps", never "rep(s)"), and the review says how the period is tracked in words.
import { afterEach, describe, expect, it } from "vitest";
import type { WizardState } from "../../src/client/state";
import { S } from "../../src/client/strings";
import { byLabel, describedText, mount, templateState, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

async function open(initial: WizardState) {
  const r = await mount({ initial });
  mounted = r.root;
  return r.root;
}

describe("the capacity hint", () => {
  it.each(["ja", "en"] as const)("(%s) tells the user which field to fill, by its label", async (locale) => {
    const s = templateState("inside_sales", locale, "kpis");
    const at = s.plan.kpis.findIndex((k) => k.sourceKind === "stage");
    expect(at).toBeGreaterThanOrEqual(0);
    const kpis = s.plan.kpis.map((k, i) => (i === at ? { ...k, capacity: "1" } : k));
    const root = await open({ ...s, plan: { ...s.plan, kpis } });
    const card = root.querySelectorAll("fieldset.kpi")[at]!;
    const label = S.kpiCapacity[locale];
    const hint = describedText(root, byLabel(card, label));
    expect(hint).toContain(locale === "ja" ? "上限の目安（1件）" : "above the 1 a day");
    expect(hint).toContain(locale === "ja" ? `「${label}」` : `"${label}"`);
    expect(hint).not.toMatch(/set capacityPerDay|capacityPerDay に上限/);
  });
});

describe("counts and the period in the review", () => {
  it.each([
    ["en", "Ann", "1 rep"],
    ["en", "Ann\nBen\nCal", "3 reps"],
    ["ja", "Ann\nBen\nCal", "3人"],
  ] as const)("(%s) %j reads %s", async (locale, team, reps) => {
    const s = templateState("inside_sales", locale, "review");
    const root = await open({ ...s, plan: { ...s.plan, teamText: team } });
    const summary = root.querySelector("dl.summary")?.textContent ?? "";
    expect(summary).toContain(reps);
    expect(root.textContent).not.toMatch(/\(s\)/);
    if (reps === "1 rep") expect(root.textContent).not.toMatch(/\b1 reps\b/);
    const calc = root.querySelector(".calc")?.textContent ?? "";
    expect(calc).toContain(locale === "ja" ? `担当者 ${reps}` : `, ${reps}`);
  });

  it("says how the period is tracked in words", async () => {
    const en = templateState("inside_sales", "en", "review");
    let root = await open(en);
    expect(root.querySelector("dl.summary")?.textContent).toMatch(
      /\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, tracked monthly/,
    );
    expect(root.textContent).not.toContain("(month)");
    unmount(root);
    const weekly = { ...en.plan, period: { ...en.plan.period, granularity: "week" as const } };
    root = await open({ ...en, plan: weekly });
    expect(root.querySelector("dl.summary")?.textContent).toContain(", tracked weekly");
    unmount(root);
    root = await open(templateState("inside_sales", "ja", "review"));
    expect(root.querySelector("dl.summary")?.textContent).toMatch(
      /\d{4}-\d\d-\d\d 〜 \d{4}-\d\d-\d\d（月次）/,
    );
  });
});
