// The schema's problems in words, in both languages: plan-bounds.test.ts holds every field's English
// message; here the Japanese ones are written out too (a ja team reads only those), and the rules that
// choose which issues a reader sees (tellableIssues). Expected texts are plan-issues.ts's wording.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parsePlan } from "../../src/domain/plan";
import { describeIssue } from "../../src/domain/plan-issues";
import { samplePlan } from "../fixtures/plans";

/** Every issue of the sample plan after an edit, as [path, en, ja]. */
function told(edit: (p: any) => unknown): [string, string, string][] {
  const plan = structuredClone(samplePlan()) as any;
  edit(plan);
  const r = parsePlan(plan);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.message.en, i.message.ja]);
}

const SHAPES_EN = 'one of {"stream", "stage"}, {"stream", "rateFrom"} or {"manual": true, "target"}';
const SHAPES_JA = '{"stream","stage"}、{"stream","rateFrom"}、{"manual": true, "target"} のいずれかの形';
const ID_JA = (got: string) => `IDは英小文字で始まり、英小文字・数字・_ で31文字以内です（"${got}"）`;

describe("a value of the wrong type, in Japanese", () => {
  it("names the type wanted", () => {
    expect(
      told((p) => {
        p.title = 2026;
        p.kgi.target = "5";
        p.kfs = "x";
        p.streams[0].leadTimeDays = 1.5;
        p.kpis[0].controllable = "yes";
      }),
    ).toEqual([
      ["title", "must be text", "文字列で指定してください"],
      ["kgi.target", "must be a number", "数値で指定してください"],
      ["kfs", "must be a list", "配列で指定してください"],
      ["streams[0].leadTimeDays", "must be a whole number", "整数で指定してください"],
      ["kpis[0].controllable", "must be true or false", "true または falseで指定してください"],
    ]);
    expect(told((p) => (p.kgi = 5))).toEqual([
      ["kgi", "must be an object", "オブジェクトで指定してください"],
    ]);
  });
});

describe("a rate", () => {
  it("hints at a percent for 1 < rate ≤ 100 only: 100 is 100% = 1, 101 is no percent", () => {
    expect(
      told((p) => {
        p.streams[0].stages[0].rate = 100;
        p.streams[0].stages[1].rate = 101;
        p.streams[0].stages[2].rate = 0;
      }),
    ).toEqual([
      [
        "streams[0].stages[0].rate",
        "must be a fraction greater than 0 and at most 1 (got 100) — it looks like a percent: for 100% write 1",
        "0より大きく1以下の小数で指定してください（100）。100%なら 1 と書いてください",
      ],
      [
        "streams[0].stages[1].rate",
        "must be a fraction greater than 0 and at most 1 (got 101)",
        "0より大きく1以下の小数で指定してください（101）",
      ],
      [
        "streams[0].stages[2].rate",
        "must be a fraction greater than 0 and at most 1 (got 0)",
        "0より大きく1以下の小数で指定してください（0）",
      ],
    ]);
  });
});

describe("a bound", () => {
  // No plan field has an exclusive upper bound today; the describer still says < for one (7 > 5).
  it("says < for a bound that excludes itself", () => {
    const r = z.number().check(z.lt(5)).safeParse(7, { reportInput: true });
    const issue = r.error?.issues[0];
    if (!issue) throw new Error("7 < 5 must fail");
    expect(describeIssue(issue)).toEqual({ en: "must be < 5 (got 7)", ja: "< 5 で指定してください（7）" });
  });

  it("keeps a whole number's own bound (2^53 − 1) when the field has no other", () => {
    // historyCount has only ≥ 1: 2^53 = 9007199254740992 is past the safe bound 9007199254740991.
    const issues = told((p) => {
      p.streams[0].stages[0].historyRate = 0.1;
      p.streams[0].stages[0].historyCount = 2 ** 53;
    });
    expect(issues).toEqual([
      [
        "streams[0].stages[0].historyCount",
        "must be ≤ 9007199254740991 (got 9007199254740992)",
        "≤ 9007199254740991 で指定してください（9007199254740992）",
      ],
    ]);
    // …also beside an issue of another field.
    const more = told((p) => {
      p.title = "";
      p.streams[0].stages[0].historyRate = 0.1;
      p.streams[0].stages[0].historyCount = 2 ** 53;
    });
    expect(more.map(([path, en]) => [path, en])).toEqual([
      ["title", "must not be empty"],
      ["streams[0].stages[0].historyCount", "must be ≤ 9007199254740991 (got 9007199254740992)"],
    ]);
  });

  it("drops the whole number's own lower bound when the field has its own (historyCount ≥ 1)", () => {
    expect(
      told((p) => {
        p.streams[0].stages[0].historyRate = 0.1;
        p.streams[0].stages[0].historyCount = -1e20;
      }),
    ).toEqual([
      [
        "streams[0].stages[0].historyCount",
        "must be ≥ 1 (got -100000000000000000000)",
        "≥ 1 で指定してください（-100000000000000000000）",
      ],
    ]);
  });
});

describe("an id", () => {
  it("describes a KPI source's stream, stage and rateFrom as ids", () => {
    expect(told((p) => (p.kpis[0].source = { stream: "New", stage: "Calls" }))).toEqual([
      [
        "kpis[0].source.stream",
        'must be an id: a lowercase letter, then up to 30 lowercase letters, digits or _ (got "New")',
        ID_JA("New"),
      ],
      [
        "kpis[0].source.stage",
        'must be an id: a lowercase letter, then up to 30 lowercase letters, digits or _ (got "Calls")',
        ID_JA("Calls"),
      ],
    ]);
    expect(told((p) => (p.kpis[1].source = { stream: "new_biz", rateFrom: "Appts" }))).toEqual([
      [
        "kpis[1].source.rateFrom",
        'must be an id: a lowercase letter, then up to 30 lowercase letters, digits or _ (got "Appts")',
        ID_JA("Appts"),
      ],
    ]);
  });
});

describe("a fixed set of values, in Japanese", () => {
  it("says the one value, or one of several", () => {
    expect(
      told((p) => {
        p.version = 2;
        p.locale = "fr";
      }),
    ).toEqual([
      ["version", "must be 1 (got 2)", "1で指定してください（2）"],
      ["locale", 'must be one of "ja", "en" (got "fr")', '"ja", "en" のいずれかで指定してください（"fr"）'],
    ]);
  });
});

describe("a KPI source of no known shape, in Japanese", () => {
  it("lists the three shapes, when the source is missing or has no key that names a shape", () => {
    expect(told((p) => (p.kpis[0].source = { stream: "new_biz" }))).toEqual([
      ["kpis[0].source", `must be ${SHAPES_EN}`, `${SHAPES_JA}で指定してください`],
    ]);
    expect(told((p) => delete p.kpis[0].source)).toEqual([
      ["kpis[0].source", `is required (${SHAPES_EN})`, `必須です（${SHAPES_JA}）`],
    ]);
  });
});

describe("unknown fields", () => {
  it("lists each one, quoted in the reader's language", () => {
    expect(
      told((p) => {
        p.colour = 1;
        p.zzz = 2;
      }),
    ).toEqual([
      [
        "",
        'has unknown field(s): "colour", "zzz" — fix or remove them; nothing unknown is read',
        "不明な項目があります: 「colour」, 「zzz」。不明な項目は読み込まれないため、修正するか削除してください",
      ],
    ]);
  });

  it("never suggests a field for itself (a source with both stage and rateFrom)", () => {
    // The source is read as {stream, stage} (it has "stage"), so rateFrom is its one unknown field.
    expect(
      told((p) => (p.kpis[0].source = { stream: "new_biz", stage: "calls", rateFrom: "calls" })),
    ).toEqual([
      [
        "kpis[0].source",
        'has unknown field(s): "rateFrom" (it belongs elsewhere in the plan) — fix or remove them; nothing unknown is read',
        "不明な項目があります: 「rateFrom」（この位置ではなく別の項目の中に書きます）。不明な項目は読み込まれないため、修正するか削除してください",
      ],
    ]);
  });
});
