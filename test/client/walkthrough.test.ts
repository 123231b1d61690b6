// @vitest-environment happy-dom
// What a new user's walkthrough found, fixed: the per-rep-per-day guide below one a day (and the
// whole team's before reps are entered), a fraction typed in a percent field, stage and KPI ids in
// order and stable on rename, amounts written with 万 / 億 / M / k, month names, error texts that name
// their field, and the advice on the review cadence.
//
// The funnel of these tests, worked by hand: a goal of 120,000,000 at 1,000,000 a deal is 120 deals;
// at 25% from meetings, 480 meetings; at 3.6% from calls, 13,333.3 → 13,334 calls. The fiscal year
// 2026-04-01 to 2027-03-31 has 261 weekdays; in Japanese, 17 public holidays fall on weekdays
// (4/29, 5/4–5/6, 7/20, 8/11, 9/21–9/23, 10/12, 11/3, 11/23, 1/1, 1/11, 2/11, 2/23, 3/22): 244
// working days. In English there are no default holidays: 261.
import { afterEach, describe, expect, it } from "vitest";
import { busiest } from "../../src/client/calc";
import { draftKey, memoryStorage } from "../../src/client/draft";
import { reducer } from "../../src/client/reducer";
import { emptyKpi, newPlanDraft, type StepId, type WizardState } from "../../src/client/state";
import { stageGuide } from "../../src/client/ui/calc-panel";
import { dayGuide } from "../../src/domain/day-guide";
import type { Locale } from "../../src/domain/i18n";
import {
  button,
  byLabel,
  choose,
  click,
  describedText,
  mount,
  SPREADSHEET_ID,
  TODAY,
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

const NAMES = {
  ja: { calls: "架電", meetings: "商談", deals: "受注" },
  en: { calls: "Calls", meetings: "Meetings", deals: "Deals" },
};

/** The funnel above, with a KPI on calls and one on deals, at a step. */
function funnelState(locale: Locale, teamText: string, step: StepId): WizardState {
  const n = NAMES[locale];
  const plan = newPlanDraft(locale, TODAY);
  plan.kgi = { name: locale === "ja" ? "年間受注額" : "Annual bookings", target: "120,000,000", unit: "JPY" };
  plan.streams = [
    {
      id: "main",
      name: locale === "ja" ? "新規" : "New business",
      share: "100",
      dealValue: "1,000,000",
      stages: [
        { id: "calls", name: n.calls, rate: "3.6" },
        { id: "meetings", name: n.meetings, rate: "25" },
        { id: "deals", name: n.deals, rate: "" },
      ],
    },
  ];
  plan.kpis = [
    { ...emptyKpi("calls"), name: n.calls, sourceKind: "stage", stream: "main", stage: "calls" },
    {
      ...emptyKpi("deals"),
      name: n.deals,
      sourceKind: "stage",
      stream: "main",
      stage: "deals",
      tier: "outcome",
    },
  ];
  plan.teamText = teamText;
  return { step, plan, origin: "new", pristine: false, touched: [], revealed: [] };
}

const calcText = (root: HTMLElement) => root.querySelector('.calc[aria-live="polite"]')?.textContent ?? "";
const derived = (root: HTMLElement) =>
  Array.from(root.querySelectorAll("fieldset.kpi p.derived")).map((p) => p.textContent ?? "");

describe("the per-rep-per-working-day guide", () => {
  it("says 30 deals a rep over 244 days (976 rep-days for 120) as one every 8 days, alike in both languages", () => {
    const day = busiest([30, 30, 30, 30], 244);
    expect(day).toEqual({ day: { kind: "every", days: 8 }, varies: false });
    expect(stageGuide(day, false)).toEqual({
      ja: "1人あたり約8稼働日に1件",
      en: "about 1 every 8 working days per rep",
    });
    // From one a day up, whole units rounded up: 3,334 calls over 244 days is 13.66 → 14.
    expect(stageGuide({ day: dayGuide(3334, 244), varies: false }, false)).toEqual({
      ja: "1人1稼働日あたり14件",
      en: "14 per rep per working day",
    });
  });

  it("(ja) in the live calculation and on the KPI card: never a rounded-up 1 a day", async () => {
    const { root } = await open({ initial: funnelState("ja", "佐藤\n鈴木\n田中\n高橋", "process") });
    const calc = calcText(root);
    expect(calc).toContain("稼働日 244日・担当者 4人");
    expect(calc).toContain("架電 13,334件：1人1稼働日あたり14件");
    expect(calc).toContain("商談 480件：1人あたり約2稼働日に1件");
    expect(calc).toContain("受注 120件：1人あたり約8稼働日に1件");
    expect(calc).not.toContain("1人1稼働日あたり1件");
    await click(button(root, "6. KPI"));
    expect(derived(root)).toEqual([
      "目標：期間合計 13,334件（1人1稼働日あたり14件）",
      "目標：期間合計 120件（1人あたり約8稼働日に1件）",
    ]);
  });

  it("(en) the same form: one every N working days", async () => {
    const { root } = await open({ initial: funnelState("en", "Ann\nBen\nCal\nDan", "process") });
    const calc = calcText(root);
    expect(calc).toContain("261 working days, 4 reps");
    expect(calc).toContain("Calls 13,334: 13 per rep per working day");
    // 261 / 30 = 8.7 → about 1 every 9 working days.
    expect(calc).toContain("Deals 120: about 1 every 9 working days per rep");
    await click(button(root, "6. KPIs"));
    expect(derived(root)).toEqual([
      "Target: 13,334 over the period (13 per rep per working day)",
      "Target: 120 over the period (about 1 every 9 working days per rep)",
    ]);
  });

  it.each([
    ["ja", "受注 120件：1人あたり約5稼働日に1件（最も多い担当者）"],
    // 261 / 48 = 5.4 → 5.
    ["en", "Deals 120: about 1 every 5 working days per rep (busiest rep)"],
  ] as const)("(%s) reps with different weights: the busiest rep's figure, said so", async (locale, line) => {
    // Weights 1, 1, 0.5 share the 120 deals as 48, 48, 24; in Japanese 244 / 48 = 5.08 → 5.
    const { root } = await open({ initial: funnelState(locale, "A\nB\nC, 0.5", "process") });
    expect(calcText(root)).toContain(line);
    expect(calcText(root)).not.toMatch(/\d[–〜]\d/);
  });
});

describe("before any rep is entered", () => {
  it("(ja) the KPI card says the figure is the whole team's, until reps are entered", async () => {
    const { root } = await open({ initial: funnelState("ja", "", "kpis") });
    // 13,334 / 244 = 54.6 → 55 a day for the team.
    expect(derived(root)[0]).toBe(
      "目標：期間合計 13,334件（チーム全体で1稼働日あたり55件。担当者を入力すると1人あたりで表示します）",
    );
    expect(derived(root)[1]).toBe(
      "目標：期間合計 120件（チーム全体で約2稼働日に1件。担当者を入力すると1人あたりで表示します）",
    );
    await click(button(root, "7. チームと稼働日"));
    await type(byLabel<HTMLTextAreaElement>(root, "担当者（1行に1人）"), "佐藤\n鈴木\n田中\n高橋");
    await click(button(root, "6. KPI"));
    expect(derived(root)[0]).toBe("目標：期間合計 13,334件（1人1稼働日あたり14件）");
  });

  it("(en) and the live calculation says it too", async () => {
    const { root } = await open({ initial: funnelState("en", "", "kpis") });
    // 13,334 / 261 = 51.1 → 52 a day for the team.
    expect(derived(root)[0]).toBe(
      "Target: 13,334 over the period (52 per working day for the whole team; enter the team to see it per rep)",
    );
    await click(button(root, "4. Sales process"));
    expect(calcText(root)).toContain("Calls 13,334: 52 per working day for the whole team");
  });
});

describe("a fraction typed in a percent field", () => {
  it.each([
    ["ja", "「架電」→「商談」の転換率（%）", "0.3% — 30%のことですか？", "30%にする"],
    ["en", "Rate from “Calls” to “Meetings” (%)", "0.3% — did you mean 30%?", "Use 30%"],
  ] as const)("(%s) asks at the field, and one click makes it 30", async (locale, label, question, use) => {
    const { root } = await open({ initial: funnelState(locale, "A", "process") });
    const rate = byLabel(root, label);
    await type(rate, "0.3");
    expect(describedText(root, rate)).toContain(question);
    await click(button(root, use));
    expect(byLabel(root, label).value).toBe("30");
    expect(document.activeElement).toBe(byLabel(root, label));
    expect(describedText(root, byLabel(root, label))).not.toContain(question);
    expect(root.textContent).not.toContain(question);
  });

  it("asks nothing for 5 or for 100", async () => {
    const { root } = await open({ initial: funnelState("en", "A", "process") });
    for (const v of ["5", "100", "1"]) {
      await type(byLabel(root, "Rate from “Calls” to “Meetings” (%)"), v);
      expect(root.textContent).not.toContain("did you mean");
    }
    await type(byLabel(root, "Share of the goal (%)"), "0.5");
    expect(root.textContent).toContain("0.5% — did you mean 50%?");
  });
});

describe("stage ids", () => {
  const stages = (s: WizardState) => s.plan.streams[0]?.stages.map((g) => [g.id, g.name]);

  it("follow stage order for names with no ASCII slug, and do not change on rename", () => {
    let s: WizardState = { ...funnelState("ja", "A", "process"), plan: newPlanDraft("ja", TODAY) };
    const patch = (index: number, name: string) => {
      s = reducer(s, { type: "stages", stream: 0, change: { op: "patch", index, patch: { name } } });
    };
    const add = () => {
      const at = (s.plan.streams[0]?.stages.length ?? 0) - 1;
      s = reducer(s, {
        type: "stages",
        stream: 0,
        change: { op: "add", item: { id: `new_${at}`, name: "", rate: "", idPending: true }, at },
      });
    };
    patch(0, "リード");
    patch(1, "受注");
    add();
    add();
    add();
    patch(1, "アポ");
    patch(2, "商談");
    patch(3, "提案");
    s = reducer(s, { type: "goto", step: "kfs" });
    expect(stages(s)).toEqual([
      ["stage_1", "リード"],
      ["stage_2", "アポ"],
      ["stage_3", "商談"],
      ["stage_4", "提案"],
      ["stage_5", "受注"],
    ]);
    s = reducer(s, { type: "goto", step: "process" });
    patch(1, "アポイント獲得");
    s = reducer(s, { type: "stages", stream: 0, change: { op: "move", index: 3, by: -1 } });
    s = reducer(s, { type: "goto", step: "review" });
    expect(stages(s)).toEqual([
      ["stage_1", "リード"],
      ["stage_2", "アポイント獲得"],
      ["stage_4", "提案"],
      ["stage_3", "商談"],
      ["stage_5", "受注"],
    ]);
  });

  it("come from an English name, and KPIs that count a stage follow its id", () => {
    const base = funnelState("en", "A", "process");
    const plan = newPlanDraft("en", TODAY);
    const stream = plan.streams[0]!;
    plan.streams = [
      {
        ...stream,
        stages: [
          { ...stream.stages[0]!, name: "Web leads" },
          { ...stream.stages[1]!, name: "商談" },
          { id: "stage_3", name: "Won", rate: "", idPending: true },
        ],
      },
    ];
    plan.kpis = [{ ...emptyKpi("kpi_1"), sourceKind: "stage", stream: "main", stage: "stage_3" }];
    const s = reducer({ ...base, plan }, { type: "goto", step: "kpis" });
    expect(stages(s)).toEqual([
      ["web_leads", "Web leads"],
      ["stage_2", "商談"],
      ["won", "Won"],
    ]);
    expect(s.plan.kpis[0]?.stage).toBe("won");
    expect(s.plan.streams[0]?.stages.some((g) => g.idPending)).toBe(false);
  });

  it("in the sidebar: added stages named in Japanese get stage_1 … stage_5, kept when renamed; KPIs kpi_1, kpi_2", async () => {
    const storage = memoryStorage();
    const start: WizardState = { ...funnelState("ja", "A", "process"), plan: newPlanDraft("ja", TODAY) };
    const { root } = await open({ initial: start, storage });
    const saved = () => {
      const text = storage.data.get(draftKey(SPREADSHEET_ID));
      if (!text) throw new Error("no draft saved");
      return JSON.parse(text) as { plan: WizardState["plan"] };
    };
    const ids = () => saved().plan.streams[0]?.stages.map((g) => g.id);
    await type(byLabel(root, "段階1の名前"), "リード");
    await type(byLabel(root, "段階2の名前"), "受注");
    for (let i = 0; i < 3; i++) await click(button(root, "段階を追加（最後の段階の前）"));
    await type(byLabel(root, "段階2の名前"), "アポ");
    await type(byLabel(root, "段階3の名前"), "商談");
    await type(byLabel(root, "段階4の名前"), "提案");
    await click(button(root, /^次へ/));
    expect(ids()).toEqual(["stage_1", "stage_2", "stage_3", "stage_4", "stage_5"]);
    await click(button(root, /^4\. 営業プロセス/));
    await type(byLabel(root, "段階3の名前"), "商談・提案");
    await click(button(root, /^6\. KPI/));
    expect(ids()).toEqual(["stage_1", "stage_2", "stage_3", "stage_4", "stage_5"]);
    expect(saved().plan.streams[0]?.stages[2]?.name).toBe("商談・提案");
    await click(button(root, "KPIを自分で追加"));
    await click(button(root, "KPIを自分で追加"));
    expect(saved().plan.kpis.map((k) => k.id)).toEqual(["kpi_1", "kpi_2"]);
  });
});

describe("amounts with unit words", () => {
  it("(ja) reads 6000万 and 1.2億 as the goal, and says what it read", async () => {
    const { root } = await open({ initial: funnelState("ja", "A", "kgi") });
    const target = byLabel(root, "目標値");
    for (const [typed, read] of [
      ["6000万", "60,000,000"],
      ["1.2億", "120,000,000"],
      ["6,000万円", "60,000,000"],
    ] as const) {
      await type(target, typed);
      expect(target.getAttribute("aria-invalid")).toBeNull();
      expect(describedText(root, target)).toContain(`${read} として読み取りました`);
    }
    await click(button(root, "8. 確認と作成"));
    expect(root.querySelector("dl.summary")?.textContent).toContain("年間受注額: 60,000,000 JPY");
  });

  it("(ja) refuses 1億5 with the field's name and the forms it takes", async () => {
    const { root } = await open({ initial: funnelState("ja", "A", "kgi") });
    const target = byLabel(root, "目標値");
    await type(target, "1億5");
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(root, target)).toContain(
      "目標値は数値で入力してください（例：60,000,000、6000万、1.2億）",
    );
  });

  it("(en) reads 60M and 1.2k; refuses 1,5M", async () => {
    const { root } = await open({ initial: funnelState("en", "A", "kgi") });
    const target = byLabel(root, "Target");
    await type(target, "60M");
    expect(describedText(root, target)).toContain("Read as 60,000,000");
    await type(target, "1.2k");
    expect(describedText(root, target)).toContain("Read as 1,200");
    await type(target, "1,5M");
    expect(describedText(root, target)).toContain("Target must be a number (e.g. 60,000,000, 60M or 1.2k)");
  });
});

describe("the first month of the fiscal year", () => {
  it.each([
    [
      "en",
      "First month",
      [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ],
      "April",
    ],
    [
      "ja",
      "期首の月",
      ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
      "4月",
    ],
  ] as const)("(%s) is picked by month name", async (locale, label, names, selected) => {
    const { root } = await open({ initial: funnelState(locale, "A", "kgi") });
    const select = byLabel<HTMLSelectElement>(root, label);
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(names);
    expect(select.options[select.selectedIndex]?.textContent).toBe(selected);
    await choose(select, "1");
    expect(root.textContent).toContain(
      locale === "en" ? "Period: 2026-01-01 to 2026-12-31" : "期間：2026-01-01 〜 2026-12-31",
    );
  });
});

describe("error texts name their field, in words", () => {
  it.each([
    ["ja", "目標値", "目標値は0より大きい数にしてください（-60,000,000）"],
    ["en", "Target", "Target must be greater than 0 (got -60,000,000)"],
  ] as const)("(%s) a negative goal", async (locale, label, message) => {
    const { root } = await open({ initial: funnelState(locale, "A", "kgi") });
    const target = byLabel(root, label);
    await type(target, "-60000000");
    expect(describedText(root, target)).toContain(message);
    expect(describedText(root, target)).not.toMatch(/[>≥] 0/);
  });

  it.each([
    ["ja", "目標の名前", "8. 確認と作成", "目標の名前は空にできません"],
    ["en", "Goal name", "8. Review and generate", "Goal name must not be empty"],
  ] as const)("(%s) the review's list says which field is empty", async (locale, label, review, message) => {
    const { root } = await open({ initial: funnelState(locale, "A", "kgi") });
    await type(byLabel(root, label), "");
    expect(describedText(root, byLabel(root, label))).toContain(message);
    await click(button(root, review));
    const listed = Array.from(root.querySelectorAll(".findings li")).map((li) => li.textContent ?? "");
    expect(listed.filter((t) => t.includes(message))).toHaveLength(1);
  });

  it("(ja) a deal value of 0, in the process step", async () => {
    const { root } = await open({ initial: funnelState("ja", "A", "process") });
    const deal = byLabel(root, "平均受注単価（JPY）");
    await type(deal, "0");
    expect(describedText(root, deal)).toContain("平均受注単価は0より大きい数にしてください（0）");
  });

  it("(en) a rep's weight of 0 says it in words, with its line", async () => {
    const { root } = await open({ initial: funnelState("en", "Ann\nBen, 0", "team") });
    expect(describedText(root, byLabel<HTMLTextAreaElement>(root, "Reps (one per line)"))).toContain(
      "Line 2, weight: must be greater than 0 (got 0)",
    );
  });
});

describe("the review cadence", () => {
  it.each([
    ["ja", "振り返りの頻度", "立ち上げたばかりのチームや組織変更の直後は毎週、チームが安定したら毎月"],
    [
      "en",
      "Review cadence",
      "review weekly while the team is starting out or just after a reorganisation, monthly once it is stable",
    ],
  ] as const)(
    "(%s) advises weekly while starting out, monthly once stable, where it is chosen",
    async (locale, label, advice) => {
      const { root } = await open({ initial: funnelState(locale, "A", "team") });
      expect(describedText(root, byLabel<HTMLSelectElement>(root, label))).toContain(advice);
    },
  );
});
