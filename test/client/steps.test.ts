// @vitest-environment happy-dom
// The first steps rendered into happy-dom: labels, live calculation, errors at their field.
import { afterEach, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/client/plan-build";
import { NOT_IN_APPS_SCRIPT, scriptRunServer } from "../../src/client/server";
import { byEffect, planLevers } from "../../src/domain/levers";
import { parsePlan } from "../../src/domain/plan";
import { planTargets } from "../../src/domain/targets";
import { templatePlan } from "../../src/domain/templates";
import {
  button,
  byLabel,
  choose,
  click,
  describedText,
  fakeServer,
  mount,
  templateState,
  type,
  unmount,
} from "./helpers";

let mounted: HTMLElement | null = null;
async function open(...args: Parameters<typeof mount>) {
  const r = await mount(...args);
  mounted = r.root;
  return r;
}
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

const heading = (root: HTMLElement) => root.querySelector("h2")?.textContent ?? "";

describe("start", () => {
  it("offers to edit the plan stored in the spreadsheet, and says the actuals stay", async () => {
    const plan = templatePlan("inside_sales", "ja");
    const server = fakeServer({
      kpiGetContext: () => ({
        ok: true,
        value: {
          spreadsheetId: "s1",
          locale: "ja",
          timeZone: "Asia/Tokyo",
          plan,
          sheetNames: [],
          ownSheets: {},
          actualRows: 12,
        },
      }),
    });
    const { root } = await open({ server });
    expect(heading(root)).toBe("1. はじめに");
    expect(root.textContent).toContain(`計画「${plan.title}」`);
    expect(root.textContent).toContain("入力済みの実績 12 行");
    await click(button(root, "保存済みの計画を編集"));
    expect(heading(root)).toBe("2. KGI（目標）");
    expect(byLabel(root, "目標の名前").value).toBe(plan.kgi.name);
    expect(byLabel(root, "目標値").value).toBe(String(plan.kgi.target));
  });

  it("works on a plain page without Apps Script, and says so", async () => {
    const { root } = await open({ server: scriptRunServer(undefined), locale: "ja" });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(NOT_IN_APPS_SCRIPT.slice(0, 30));
    await click(button(root, "新しい計画を作成"));
    expect(heading(root)).toBe("2. KGI（目標）");
  });

  it("takes the language from the server and can switch at any time", async () => {
    const server = fakeServer({
      kpiGetContext: () => ({
        ok: true,
        value: {
          spreadsheetId: "s1",
          locale: "en",
          timeZone: "UTC",
          plan: null,
          sheetNames: [],
          ownSheets: {},
          actualRows: 0,
        },
      }),
    });
    const { root } = await open({ server, locale: "ja" });
    expect(heading(root)).toBe("1. Start");
    await choose(byLabel<HTMLSelectElement>(root, "言語 / Language"), "ja");
    expect(heading(root)).toBe("1. はじめに");
    expect(document.documentElement.lang).toBe("ja");
  });
});

describe("KGI", () => {
  it("labels every field and blocks an empty goal name at its field", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "kgi") });
    for (const label of ["目標の名前", "目標値", "単位・通貨", "期首の月", "期首の年", "計画名"]) {
      expect(() => byLabel(root, label)).not.toThrow();
    }
    const name = byLabel(root, "目標の名前");
    expect(name.getAttribute("aria-invalid")).toBeNull();
    await type(name, "");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, name)).toContain("空にできません");
    expect(describedText(root, name)).toContain("エラー");
    await click(button(root, "8. 確認と作成"));
    const generate = button(root, "シートを作成");
    expect(generate.disabled).toBe(true);
    expect(describedText(root, generate)).toContain("エラーが1件");
  });

  it("switches between a fiscal year and explicit dates", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "en", "kgi") });
    expect(root.textContent).toContain("Period: 2026-04-01 to 2027-03-31");
    await click(root.querySelector<HTMLInputElement>('input[value="dates"]')!);
    expect(byLabel(root, "Start date").value).toBe("2026-04-01");
    await type(byLabel(root, "End date"), "2026-03-01");
    expect(describedText(root, byLabel(root, "End date"))).toContain("must be after");
  });
});

describe("template", () => {
  it("prefills the process and KPIs and keeps the goal typed", async () => {
    const initial = templateState("inside_sales", "ja", "kgi");
    const { root } = await open({ initial });
    await type(byLabel(root, "目標の名前"), "東日本の年間受注額");
    await click(button(root, "3. テンプレート"));
    const saas = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="template"]')).find(
      (r) => r.value === "saas",
    )!;
    await click(saas);
    await click(button(root, "このテンプレートを使う"));
    expect(root.querySelector('[role="status"].status-line')?.textContent).toContain("反映しました");
    await click(button(root, "2. KGI（目標）"));
    expect(byLabel(root, "目標の名前").value).toBe("東日本の年間受注額");
    await click(button(root, "4. 営業プロセス"));
    const streamName = root.querySelector("legend")?.textContent ?? "";
    expect(streamName).not.toContain("アウトバウンド");
  });
});

describe("process", () => {
  const expected = () => {
    const d = templateState("inside_sales").plan;
    const r = parsePlan(buildPlan(d));
    if (!r.ok) throw new Error("template does not parse");
    return planTargets(r.plan).stages.find((s) => s.stageId === "calls")!;
  };

  it("shows the live reverse calculation per rep per working day", async () => {
    const { root } = await open({ initial: templateState("inside_sales") });
    const calls = expected();
    const live = root.querySelector('.calc[aria-live="polite"]');
    expect(live?.textContent).toContain(
      `架電 ${calls.team.toLocaleString("ja-JP")}件：1人1稼働日あたり${calls.perRepPerWorkingDay[0]}件`,
    );
    await type(byLabel(root, "「架電」→「接続」の転換率（%）"), "50");
    expect(root.querySelector(".calc")?.textContent).toContain(
      `架電 ${(calls.team / 2).toLocaleString("ja-JP")}件`,
    );
  });

  it("in English too", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "en") });
    expect(root.querySelector(".calc")?.textContent).toMatch(/Calls 12,000: \d+ per rep per working day/);
  });

  it("names the biggest levers as the rates are typed: the domain's, biggest first, in words", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "en") });
    const items = () =>
      Array.from(root.querySelectorAll(".calc-levers li")).map((li) => li.textContent ?? "");
    const plan = parsePlan(buildPlan(templateState("inside_sales", "en").plan));
    if (!plan.ok) throw new Error("template does not parse");
    const top = byEffect(planLevers(plan.plan)).slice(0, 3);
    expect(items()).toHaveLength(3);
    expect(items()[0]).toMatch(/^The biggest lever: /);
    top.forEach((l, i) => {
      expect(items()[i]).toContain(`${(-l.activity).toLocaleString("en-US")} fewer Calls needed`);
    });
    const before = items().join("\n");
    await type(byLabel(root, "Rate from “Calls” to “Connects” (%)"), "50");
    expect(items().join("\n")).not.toBe(before);
  });

  it("says a rate of 150% is out of range at that field and blocks Generate", async () => {
    const { root } = await open({ initial: templateState("inside_sales") });
    const rate = byLabel(root, "「接続」→「アポ獲得」の転換率（%）");
    await type(rate, "150");
    expect(rate.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, rate)).toContain("0より大きく100%以下で入力してください（150%）");
    expect(button(root, /^4\. 営業プロセス/).getAttribute("aria-label")).toBe("4. 営業プロセス");
    await click(button(root, /^次へ/));
    await click(button(root, "8. 確認と作成"));
    expect(button(root, "シートを作成").disabled).toBe(true);
    expect(button(root, /^4\. 営業プロセス/).getAttribute("aria-label")).toBe("4. 営業プロセス (エラー1件)");
  });

  it("shows a duplicate stage name at the stage name field", async () => {
    const { root } = await open({ initial: templateState("inside_sales") });
    const third = byLabel(root, "段階3の名前");
    await type(third, "接続");
    expect(third.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, third)).toContain("段階名「接続」がこのストリーム内で重複しています");
  });

  it("adds, moves and removes stages with buttons", async () => {
    const { root } = await open({ initial: templateState("inside_sales") });
    const names = () =>
      Array.from(root.querySelectorAll<HTMLInputElement>(".stage input[id$='-name']")).map((i) => i.value);
    await click(button(root, "段階を追加（最後の段階の前）"));
    expect(names()).toEqual(["架電", "接続", "アポ獲得", "商談", "", "受注"]);
    await click(button(root, "「段階5」を削除"));
    await click(button(root, "「接続」を上へ移動"));
    expect(names()).toEqual(["接続", "架電", "アポ獲得", "商談", "受注"]);
    await click(button(root, "「架電」を削除"));
    expect(names()).toEqual(["接続", "アポ獲得", "商談", "受注"]);
  });

  it("focuses the heading of the next step", async () => {
    const { root } = await open({ initial: templateState("inside_sales") });
    await click(button(root, /^次へ/));
    expect(heading(root)).toBe("5. KFS（成功要因）");
    expect(document.activeElement).toBe(root.querySelector("h2"));
  });
});

describe("KFS", () => {
  it("adds the examples from the method", async () => {
    const s = templateState("inside_sales", "ja", "kfs");
    const { root } = await open({ initial: { ...s, plan: { ...s.plan, kfs: [] } } });
    await click(button(root, /効果的なトレーニングの実施/));
    expect(byLabel(root, "成功要因1").value).toBe("効果的なトレーニングの実施");
    expect(byLabel<HTMLTextAreaElement>(root, "具体的な取り組み（任意）").value).toContain("ロールプレイ");
    expect(root.textContent).toContain("顧客データの正確な管理");
  });
});
