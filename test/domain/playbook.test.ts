// The playbook: every stage of every template gets the kind a person reading it would give it, in
// Japanese and in English, and every rate of a template gets the remedies of its kind.
import { describe, expect, it } from "vitest";
import { locales } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import {
  PLAYBOOK,
  type PlaybookKind,
  playbookRow,
  RATE_KINDS,
  type RateKind,
  rateKind,
  rateKindOf,
  remediesFor,
  type StageKind,
  stageKind,
} from "../../src/domain/playbook";
import { templateIds, templatePlan, templateSpec } from "../../src/domain/templates";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** By reading each template: the kind of every stage, and of the rate from it to the next. */
const EXPECTED: Record<string, Record<string, [stage: string, kind: StageKind, rate: RateKind | null][]>> = {
  new_business: {
    new: [
      ["leads", "lead", "appointment_rate"],
      ["appointments", "appointment", "meeting_rate"],
      ["meetings", "meeting", "win_rate"],
      ["won", "deal", null],
    ],
  },
  account_sales: {
    existing: [
      ["visits", "visit", "proposal_rate"],
      ["proposals", "proposal", "win_rate"],
      ["won", "deal", null],
    ],
    new: [
      ["appointments", "appointment", "meeting_rate"],
      ["meetings", "meeting", "win_rate"],
      ["won", "deal", null],
    ],
  },
  inside_sales: {
    outbound: [
      ["calls", "call", "connect_rate"],
      ["connects", "connect", "appointment_rate"],
      ["appointments", "appointment", "meeting_rate"],
      ["meetings", "meeting", "win_rate"],
      ["deals", "deal", null],
    ],
  },
  saas: {
    new: [
      ["leads", "lead", "lead_to_meeting"],
      ["demos", "meeting", "trial_rate"],
      ["trials", "trial", "trial_conversion"],
      ["paid", "deal", null],
    ],
  },
  manufacturing: {
    orders: [
      ["inquiries", "lead", "quote_rate"],
      ["quotes", "quote", "quote_win_rate"],
      ["won", "deal", null],
    ],
  },
  real_estate: {
    inquiry: [
      ["inquiries", "lead", "viewing_rate"],
      ["viewings", "viewing", "viewing_contract"],
      ["contracts", "deal", null],
    ],
    referral: [
      ["referrals", "lead", "viewing_rate"],
      ["viewings", "viewing", "viewing_contract"],
      ["contracts", "deal", null],
    ],
  },
  inside_sales_minimal: {
    outbound: [
      ["calls", "call", "appointment_rate"],
      ["appointments", "appointment", "meeting_rate"],
      ["meetings", "meeting", "win_rate"],
      ["deals", "deal", null],
    ],
  },
};

describe("stage kinds of every template", () => {
  it("covers every template and every stage", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...templateIds].sort());
    for (const id of templateIds) {
      const streams = templateSpec(id).streams;
      expect(Object.keys(EXPECTED[id] ?? {})).toEqual(streams.map((s) => s.id));
      for (const s of streams)
        expect(EXPECTED[id]?.[s.id]?.map(([st]) => st)).toEqual(s.stages.map((g) => g.id));
    }
  });

  describe.each(templateIds.flatMap((id) => locales.map((l) => [id, l] as const)))(
    "%s (%s)",
    (id, locale) => {
      const plan = templatePlan(id, locale);
      it("gives each stage its kind and each rate its kind", () => {
        for (const stream of plan.streams) {
          const got = stream.stages.map((g) => [g.id, stageKind(g), rateKindOf(plan, stream.id, g.id)]);
          expect(got, stream.id).toEqual(EXPECTED[id]?.[stream.id]);
        }
      });

      it("reads the kind from the name alone, whatever the id", () => {
        // The wizard gives a stage named in Japanese an id by place (stage_1): the name must say it.
        for (const stream of plan.streams) {
          const got = stream.stages.map((g, i) => stageKind({ id: `stage_${i + 1}`, name: g.name }));
          expect(got, stream.id).toEqual(EXPECTED[id]?.[stream.id]?.map(([, kind]) => kind));
        }
      });

      it("gives every rate two or three remedies of its kind, none for the last stage", () => {
        for (const stream of plan.streams) {
          for (const [stage, , rate] of EXPECTED[id]?.[stream.id] ?? []) {
            const got = remediesFor(plan, stream.id, stage);
            if (rate === null) expect(got).toEqual([]);
            else expect(got).toEqual(playbookRow(rate).remedies);
          }
        }
      });
    },
  );
});

describe("stage kinds from names and ids", () => {
  it("reads Japanese and English keywords", () => {
    const cases: [string, StageKind][] = [
      ["コール", "call"],
      ["電話営業", "call"],
      ["Cold calls", "call"],
      ["メール送信", "email"],
      ["E-mails sent", "email"],
      ["通話", "connect"],
      ["Conversations", "connect"],
      ["アポイント", "appointment"],
      ["Meetings held", "meeting"],
      ["Meetings booked", "appointment"],
      ["面談", "meeting"],
      ["Opportunities", "meeting"],
      ["提案書提出", "proposal"],
      ["Pitches", "proposal"],
      ["見積", "quote"],
      ["Estimates", "quote"],
      ["PoC", "trial"],
      ["試用", "trial"],
      ["内覧", "viewing"],
      ["Showings", "viewing"],
      ["フォロー訪問", "visit"],
      ["反響", "lead"],
      ["資料請求", "lead"],
      ["Enquiries", "lead"],
      ["成約", "deal"],
      ["Closed won", "deal"],
      ["Orders", "deal"],
    ];
    for (const [name, kind] of cases) expect(stageKind({ id: "stage_1", name }), name).toBe(kind);
  });

  it("settles a name with two keywords by the table's order", () => {
    expect(stageKind({ id: "s", name: "商談・提案" })).toBe("meeting");
    expect(stageKind({ id: "s", name: "Follow-up calls" })).toBe("call");
    expect(stageKind({ id: "s", name: "Deal review meetings" })).toBe("meeting");
  });

  it("prefers the name to the id, uses the id when the name says nothing, else other", () => {
    expect(stageKind({ id: "calls", name: "商談" })).toBe("meeting");
    expect(stageKind({ id: "appointments", name: "ステップ2" })).toBe("appointment");
    expect(stageKind({ id: "new_won", name: "Step 4" })).toBe("deal");
    expect(stageKind({ id: "stage_1", name: "Step 1" })).toBe("other");
  });

  it("matches English keywords at the start of a word only", () => {
    // "recall" holds "call", "showcase" no keyword at a word's start: neither is a call or a viewing.
    expect(stageKind({ id: "x", name: "Recalls" })).toBe("other");
    expect(stageKind({ id: "x", name: "Showcase" })).toBe("other");
  });
});

describe("rate kinds", () => {
  it("follow the next stage, and where remedies differ the stage before", () => {
    expect(rateKind("call", "appointment")).toBe("appointment_rate");
    expect(rateKind("lead", "appointment")).toBe("appointment_rate");
    expect(rateKind("appointment", "meeting")).toBe("meeting_rate");
    expect(rateKind("lead", "meeting")).toBe("lead_to_meeting");
    expect(rateKind("meeting", "deal")).toBe("win_rate");
    expect(rateKind("proposal", "deal")).toBe("win_rate");
    expect(rateKind("trial", "deal")).toBe("trial_conversion");
    expect(rateKind("quote", "deal")).toBe("quote_win_rate");
    expect(rateKind("email", "lead")).toBe("response_rate");
    expect(rateKind("other", "other")).toBe("other");
    expect(rateKind("deal", "call")).toBe("other");
  });

  it("a process it cannot read gets the generic remedies, the seed's 未達が続く among them", () => {
    const plan: Plan = {
      ...templatePlan("inside_sales_minimal", "ja"),
      streams: [
        {
          id: "s",
          name: "S",
          share: 1,
          dealValue: 100,
          stages: [
            { id: "stage_1", name: "ステップA", rate: 0.5 },
            { id: "stage_2", name: "ステップB" },
          ],
        },
      ],
      kpis: [],
    };
    expect(rateKindOf(plan, "s", "stage_1")).toBe("other");
    const got = remediesFor(plan, "s", "stage_1");
    expect(got).toEqual(playbookRow("other").remedies);
    expect(got.some((r) => r.ja.includes("プロセスの見直し") && r.ja.includes("トレーニング"))).toBe(true);
    expect(remediesFor(plan, "s", "stage_2")).toEqual([]);
    expect(remediesFor(plan, "s", "nope")).toEqual([]);
    expect(remediesFor(plan, "nope", "stage_1")).toEqual([]);
  });
});

describe("the playbook table", () => {
  const kinds: PlaybookKind[] = [...RATE_KINDS.map((r) => r.kind), "other", "activity", "persistent"];

  it("has one row for every kind of rate, for the activity and for a lasting shortfall", () => {
    expect(PLAYBOOK.map((r) => r.kind).sort()).toEqual([...kinds].sort());
  });

  it("gives each row two or three remedies, in Japanese and in English", () => {
    for (const row of PLAYBOOK) {
      expect(row.remedies.length, row.kind).toBeGreaterThanOrEqual(2);
      expect(row.remedies.length, row.kind).toBeLessThanOrEqual(3);
      for (const text of [row.when, ...row.remedies]) {
        expect(text.ja, row.kind).toMatch(JAPANESE);
        expect(text.en.trim(), row.kind).not.toBe("");
        expect(text.en, row.kind).not.toMatch(JAPANESE);
      }
    }
  });

  it("carries the seeds' remedies", () => {
    const said = (kind: PlaybookKind, ...words: string[]) =>
      words.every((w) => playbookRow(kind).remedies.some((r) => r.ja.includes(w)));
    // アポ率が低い→トークスクリプト・リストの見直し
    expect(said("appointment_rate", "トークスクリプト", "リスト")).toBe(true);
    // 商談化率が低い→ターゲット・ヒアリング項目の見直し
    expect(said("meeting_rate", "ターゲット", "ヒアリング項目")).toBe(true);
    // 未達が続く→プロセスの見直し・追加トレーニング
    expect(said("persistent", "プロセス", "追加トレーニング")).toBe(true);
    // 架電数が少ない→リスト・時間配分
    expect(said("activity", "リスト", "時間配分")).toBe(true);
    expect(playbookRow("appointment_rate").when.ja).toBe("アポ率が低い");
    expect(playbookRow("meeting_rate").when.ja).toBe("商談化率が低い");
    expect(playbookRow("persistent").when.ja).toBe("未達が続く");
  });

  it("names a kind it has no row for (a kind read from outside the types)", () => {
    expect(() => playbookRow("nope" as PlaybookKind)).toThrow("the playbook has no row for nope");
  });
});
