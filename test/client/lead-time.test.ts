// @vitest-environment happy-dom
// The process step's lead time: prefilled from the template, saved into the plan, its pipeline at the
// start in the live calculation; blank leaves the plan without it.
import { afterEach, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/client/plan-build";
import { draftFromPlan } from "../../src/client/plan-load";
import { parsePlan } from "../../src/domain/plan";
import { planTargets } from "../../src/domain/targets";
import { templatePlan } from "../../src/domain/templates";
import { byLabel, describedText, mount, templateState, type, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

const pipelineText = (root: HTMLElement) =>
  Array.from(root.querySelectorAll(".calc p.calc-meta"))
    .map((p) => p.textContent ?? "")
    .find((s) => s.startsWith("Pipeline") || s.startsWith("期首")) ?? null;

describe("lead time in the process step", () => {
  it("new business: 60 days from the template, the pipeline needed at the start in the calculation", async () => {
    const { root } = await mount({ initial: templateState("new_business", "en") });
    mounted = root;
    const field = byLabel(root, "Lead time (days, optional)");
    expect(field.value).toBe("60");
    expect(describedText(root, field)).toContain("pipeline needed at the start");
    // The domain's figures (tested by hand in test/domain/lead-time.test.ts), as the panel words them.
    const t = planTargets(templatePlan("new_business", "en"));
    const lead = t.stages.filter((s) => s.leadDays > 0);
    expect(lead.map((s) => s.leadDays)).toEqual([60, 40, 20]);
    const words = lead.map(
      (s) => `${s.name} ${s.pipelineAtStart.toLocaleString("en-US")} (${s.leadDays} days ahead)`,
    );
    expect(pipelineText(root)).toBe(`Pipeline needed at the start: ${words.join(", ")}`);

    await type(field, "");
    expect(pipelineText(root)).toBeNull();
    await type(field, "1.5");
    expect(field.getAttribute("aria-invalid")).toBe("true");
  });

  it("in Japanese", async () => {
    const { root } = await mount({ initial: templateState("new_business", "ja") });
    mounted = root;
    expect(byLabel(root, "リードタイム（日・任意）").value).toBe("60");
    expect(pipelineText(root)).toMatch(/^期首に必要なパイプライン：リード獲得 [\d,]+件（60日前倒し）、/);
  });

  it("round-trips through the draft; blank leaves the field out of the plan", () => {
    const plan = templatePlan("new_business", "ja");
    const draft = draftFromPlan(plan);
    expect(draft.streams[0]?.leadTimeDays).toBe("60");
    const back = parsePlan(buildPlan(draft));
    expect(back.ok && back.plan.streams[0]?.leadTimeDays).toBe(60);
    const blank = { ...draft, streams: draft.streams.map((s) => ({ ...s, leadTimeDays: "" })) };
    const without = buildPlan(blank);
    expect("leadTimeDays" in ((without.streams as object[])[0] ?? {})).toBe(false);
  });
});
