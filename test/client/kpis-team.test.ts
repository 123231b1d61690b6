// @vitest-environment happy-dom
// The KPI and team steps: suggestions, SMART fields with lint at the field, the pasted team shown as
// text (never as HTML), workdays and holidays.
import { afterEach, describe, expect, it } from "vitest";
import { japaneseHolidays } from "../../src/domain/holidays";
import {
  button,
  byLabel,
  choose,
  click,
  describedText,
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

const XSS = "<img src=x onerror=alert(1)>";

describe("KPIs", () => {
  it("picks KPIs from the process and counts them against 3–5", async () => {
    const s = templateState("inside_sales", "ja", "kpis");
    const { root } = await open({ initial: { ...s, plan: { ...s.plan, kpis: [] } } });
    expect(root.querySelector(".count")?.textContent).toContain("選んだKPI：0個（目安は3〜5個）");
    const box = (label: string) =>
      Array.from(root.querySelectorAll("label.check"))
        .find((l) => l.textContent === label)!
        .querySelector("input")!;
    await click(box("架電の件数"));
    await click(box("アポ獲得→商談の転換率"));
    await click(box("受注の件数"));
    expect(root.querySelector(".count")?.textContent).toContain("3個");
    expect(byLabel(root, "KPIの名前", 0).value).toBe("架電数");
    expect(root.textContent).toContain("目標：期間合計 12,000件");
    expect(root.textContent).toContain("計画の転換率：80%");
    await click(box("架電の件数"));
    expect(root.querySelector(".count")?.textContent).toContain("2個");
    expect(root.querySelector('[id="f-kpis"]') ?? root.querySelector(".messages")).not.toBeNull();
  });

  it("offers the template's KPIs to add, each added whole and removed again with one click", async () => {
    const s = templateState("inside_sales", "en", "kpis");
    const { root } = await open({ initial: s });
    const before = s.plan.kpis.length;
    const extras = root.querySelector("fieldset.extras");
    expect(extras?.querySelector("legend")?.textContent).toBe("More from the template");
    const labels = Array.from(extras?.querySelectorAll("label.check") ?? []).map((l) => l.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(["Emails sent", "Email reply rate", "Qualified meeting rate (meeting quality)"]),
    );
    const box = (label: string) =>
      Array.from(extras?.querySelectorAll("label.check") ?? [])
        .find((l) => l.textContent === label)!
        .querySelector("input")!;
    await click(box("Email reply rate"));
    expect(box("Email reply rate").checked).toBe(true);
    const cards = root.querySelectorAll("fieldset.kpi");
    expect(cards).toHaveLength(before + 1);
    // The template's own wording and SMART fields come with it.
    expect(byLabel(cards[before]!, "KPI name").value).toBe("Email reply rate");
    expect(byLabel<HTMLTextAreaElement>(cards[before]!, "Definition (what is counted, how)").value).not.toBe(
      "",
    );
    await click(box("Email reply rate"));
    expect(root.querySelectorAll("fieldset.kpi")).toHaveLength(before);
  });

  it("offers no template KPIs without a template", async () => {
    const s = templateState("inside_sales", "en", "kpis");
    const { root } = await open({ initial: { ...s, plan: { ...s.plan, templateId: "" } } });
    expect(root.querySelector("fieldset.extras")).toBeNull();
  });

  it("shows SMART lint at the field with its hint, and labels every SMART field", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "kpis") });
    await click(button(root, "KPIを自分で追加"));
    const cards = root.querySelectorAll("fieldset.kpi");
    const card = cards[cards.length - 1]!;
    for (const label of [
      "KPIの名前",
      "目標値の出し方",
      "目標値",
      "単位",
      "階層",
      "確認の頻度",
      "良い方向",
      "定義（何をどう数えるか）",
      "KGIとのつながり（理由）",
      "1人1日にできる上限",
      "担当者が自分で動かせる",
    ]) {
      expect(() => byLabel(card, label)).not.toThrow();
    }
    const name = byLabel(card, "KPIの名前");
    await type(name, "解約率");
    await type(byLabel(card, "目標値"), "2");
    const definition = byLabel<HTMLTextAreaElement>(card, "定義（何をどう数えるか）");
    expect(definition.getAttribute("aria-invalid")).toBeNull();
    expect(describedText(root, definition)).toContain("注意");
    expect(describedText(root, definition)).toContain("ヒント");
    await choose(byLabel<HTMLSelectElement>(card, "階層"), "outcome");
    const direction = byLabel<HTMLSelectElement>(card, "良い方向");
    expect(describedText(root, direction)).toContain("解約率");
    await choose(direction, "lower");
    expect(describedText(root, direction)).not.toContain("解約率");
  });

  it("shows an error at the stage of a KPI whose stage was removed", async () => {
    const s = templateState("inside_sales", "ja", "kpis");
    const stages = (st: (typeof s.plan.streams)[number]) => st.stages.filter((g) => g.id !== "appointments");
    const plan = { ...s.plan, streams: s.plan.streams.map((st) => ({ ...st, stages: stages(st) })) };
    const { root } = await open({ initial: { ...s, plan } });
    const at = plan.kpis.findIndex((k) => k.sourceKind === "stage" && k.stage === "appointments");
    const stage = byLabel<HTMLSelectElement>(
      root,
      "数える段階",
      plan.kpis.slice(0, at).filter((k) => k.sourceKind === "stage").length,
    );
    expect(stage.value).toBe("appointments");
    expect(stage.selectedOptions[0]?.textContent).toBe("（削除された段階：appointments）");
    expect(stage.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, stage)).toContain("段階「appointments」がありません");
  });
});

describe("team and cadence", () => {
  it("shows a pasted rep name as text, never as HTML", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    await type(byLabel<HTMLTextAreaElement>(root, "担当者（1行に1人）"), `佐藤\n${XSS}\t0.5`);
    expect(root.textContent).toContain("読み取った担当者：2人");
    const names = Array.from(root.querySelectorAll(".rep-name")).map((n) => n.textContent);
    expect(names).toEqual(["佐藤", XSS]);
    expect(root.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    await click(button(root, "8. 確認と作成"));
    expect(document.querySelector("img")).toBeNull();
  });

  it("reports a duplicate rep at the text area by line", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    const team = byLabel<HTMLTextAreaElement>(root, "担当者（1行に1人）");
    await type(team, "佐藤\n鈴木\n佐藤");
    expect(team.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, team)).toContain("3行目の名前");
  });

  it("defaults to Japanese public holidays for ja, shows the count, and lets dates be removed and added", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    const n = japaneseHolidays("2026-04-01", "2027-03-31").length;
    expect(root.textContent).toContain(`日本の祝日（${n}日）`);
    expect(root.textContent).toContain(`休日：${n}日`);
    await click(button(root, "2026-04-29 を休日から外す"));
    expect(root.textContent).toContain(`休日：${n - 1}日`);
    await click(button(root, "2026-04-29 を休日に戻す"));
    await type(byLabel(root, "休日を追加（YYYY-MM-DD）"), "2026-08-14");
    await click(button(root, "追加"));
    expect(root.textContent).toContain(`休日：${n + 1}日`);
    await type(byLabel(root, "休日を追加（YYYY-MM-DD）"), "2026-02-30");
    await click(button(root, "追加"));
    expect(describedText(root, byLabel(root, "休日を追加（YYYY-MM-DD）"))).toContain("YYYY-MM-DD");
  });

  it("works Saturdays when asked, and changes the daily figures", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    const before = root.ownerDocument.body.textContent;
    const sat = byLabel(root, "土");
    expect(sat.checked).toBe(false);
    await click(sat);
    expect(sat.checked).toBe(true);
    await click(button(root, "4. 営業プロセス"));
    expect(root.querySelector(".calc")?.textContent).not.toBe(before);
  });

  it("sets the review cadence with the team: weekly periods give weekly seasonality rows", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    const cadence = byLabel(root, "振り返りの頻度") as unknown as HTMLSelectElement;
    expect(cadence.value).toBe("month");
    await click(byLabel(root, "期間ごとの重みを指定する"));
    expect(() => byLabel(root, "2026-04")).not.toThrow();
    await choose(cadence, "week");
    // Monthly weights do not fit weekly periods: kept, flagged, and rebuilt only when asked.
    expect(() => byLabel(root, "2026-04")).toThrow();
    expect(root.querySelectorAll(".season-grid input").length).toBe(12);
    await click(button(root, "期間に合わせて作り直す（稼働日数）"));
    expect(root.querySelectorAll(".season-grid input").length).toBeGreaterThan(50);
  });

  it("weights periods by working days unless seasonality is set", async () => {
    const { root } = await open({ initial: templateState("inside_sales", "ja", "team") });
    await click(byLabel(root, "期間ごとの重みを指定する"));
    const april = byLabel(root, "2026-04");
    expect(Number(april.value)).toBeGreaterThan(15);
    await type(april, "-1");
    expect(april.getAttribute("aria-invalid")).toBe("true");
  });
});
