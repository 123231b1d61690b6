// @vitest-environment happy-dom
// The wizard's state without the DOM: conversions, the pasted team, the reducer and the draft.
import { describe, expect, it } from "vitest";
import {
  fractionToPercent,
  parseTeamList,
  percentToFraction,
  readNumber,
  readPercent,
  teamText,
} from "../../src/client/convert";
import {
  draftKey,
  LEGACY_DRAFT_KEY,
  loadDraft,
  memoryStorage,
  parseDraft,
  saveDraft,
  serializeDraft,
  stateFromDraft,
  takeDraft,
} from "../../src/client/draft";
import { applyListOp, reducer } from "../../src/client/reducer";
import { initialState, uniqueId } from "../../src/client/state";
import { TODAY, templateState } from "./helpers";

describe("numbers and percentages", () => {
  it("reads numbers as people type them", () => {
    expect(readNumber("120,000,000")).toBe(120_000_000);
    expect(readNumber("１２０，０００")).toBe(120_000);
    expect(readNumber(" 1.5 ")).toBe(1.5);
    expect(readNumber("")).toBeUndefined();
    expect(readNumber("   ")).toBeUndefined();
    expect(readNumber("abc")).toBe("abc");
  });

  it("turns percent into fractions and back without binary noise", () => {
    expect(percentToFraction(25)).toBe(0.25);
    expect(percentToFraction(150)).toBe(1.5);
    expect(percentToFraction(33.3)).toBe(0.333);
    expect(percentToFraction(7)).toBe(0.07);
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(0.125)).toBe(12.5);
    expect(readPercent("25%")).toBe(0.25);
    expect(readPercent("２５")).toBe(0.25);
    for (let p = 1; p <= 100; p += 0.5) expect(fractionToPercent(percentToFraction(p))).toBe(p);
  });
});

describe("the pasted list of reps", () => {
  it("reads one rep per line with an optional weight after a tab or a comma", () => {
    const rows = parseTeamList("佐藤\n\n鈴木\t0.5\r\n田中, 2\nSmith, John\n高橋、０.５\n  \n");
    expect(rows).toEqual([
      { name: "佐藤", line: 1 },
      { name: "鈴木", weight: 0.5, line: 3 },
      { name: "田中", weight: 2, line: 4 },
      { name: "Smith, John", line: 5 },
      { name: "高橋", weight: 0.5, line: 6 },
    ]);
  });

  it("takes the first and last columns of a pasted range; a non-number weight is kept to be reported", () => {
    expect(parseTeamList("Alex\tSales\t1.5")).toEqual([{ name: "Alex", weight: 1.5, line: 1 }]);
    expect(parseTeamList("Alex\tSales")).toEqual([{ name: "Alex", weight: "Sales", line: 1 }]);
  });

  it("writes a team back as the same text", () => {
    const team = [{ name: "佐藤" }, { name: "田中（新人）", weight: 0.5 }];
    expect(teamText(team)).toBe("佐藤\n田中（新人）, 0.5");
    expect(parseTeamList(teamText(team)).map(({ name, weight }) => ({ name, weight }))).toEqual([
      { name: "佐藤", weight: undefined },
      { name: "田中（新人）", weight: 0.5 },
    ]);
  });
});

describe("the reducer", () => {
  it("adds, removes, moves and patches list items", () => {
    expect(applyListOp([1, 2, 3], { op: "move", index: 0, by: 1 })).toEqual([2, 1, 3]);
    expect(applyListOp([1, 2, 3], { op: "move", index: 2, by: 1 })).toEqual([1, 2, 3]);
    expect(applyListOp([1, 2, 3], { op: "remove", index: 1 })).toEqual([1, 3]);
    expect(applyListOp([1, 3], { op: "add", item: 2, at: 1 })).toEqual([1, 2, 3]);
    expect(applyListOp([{ a: 1, b: 2 }], { op: "patch", index: 0, patch: { b: 5 } })).toEqual([
      { a: 1, b: 5 },
    ]);
  });

  it("renames and reorders stages keeping their ids", () => {
    let s = templateState("inside_sales");
    s = reducer(s, {
      type: "stages",
      stream: 0,
      change: { op: "patch", index: 0, patch: { name: "コール" } },
    });
    s = reducer(s, { type: "stages", stream: 0, change: { op: "move", index: 1, by: -1 } });
    expect(s.plan.streams[0]?.stages.map((g) => [g.id, g.name])).toEqual([
      ["connects", "接続"],
      ["calls", "コール"],
      ["appointments", "アポ獲得"],
      ["meetings", "商談"],
      ["deals", "受注"],
    ]);
    expect(s.pristine).toBe(false);
  });

  it("switches language, and a unit still at the default currency follows it", () => {
    const s = reducer(initialState("ja", TODAY), { type: "locale", locale: "en" });
    expect(s.plan.locale).toBe("en");
    expect(s.plan.kgi.unit).toBe("USD");
    const typed = reducer(reducer(initialState("ja", TODAY), { type: "kgi", patch: { unit: "件" } }), {
      type: "locale",
      locale: "en",
    });
    expect(typed.plan.kgi.unit).toBe("件");
    const amounts = reducer(templateState("inside_sales", "ja"), { type: "locale", locale: "en" });
    expect(amounts.plan.kgi.unit).toBe("JPY");
  });

  it("records touched fields and revealed steps once", () => {
    let s = initialState("ja", TODAY);
    s = reducer(reducer(s, { type: "touch", anchor: "kgi.name" }), { type: "touch", anchor: "kgi.name" });
    s = reducer(reducer(s, { type: "reveal", step: "kgi" }), { type: "reveal", step: "kgi" });
    expect(s.touched).toEqual(["kgi.name"]);
    expect(s.revealed).toEqual(["kgi"]);
  });

  it("makes ids that match the plan's pattern and do not clash", () => {
    expect(uniqueId("stage", ["stage"])).toBe("stage_2");
    expect(uniqueId("Calls", [])).toBe("calls");
    expect(uniqueId("架電", [])).toBe("item");
    expect(uniqueId("1st", [])).toBe("st");
  });
});

describe("the draft", () => {
  it("round-trips through storage under a versioned key", () => {
    const storage = memoryStorage();
    const s = { ...templateState("real_estate"), step: "kpis" as const };
    saveDraft(storage, "sheet-a", s);
    expect(LEGACY_DRAFT_KEY).toMatch(/v1$/);
    expect([...storage.data.keys()]).toEqual([draftKey("sheet-a")]);
    expect(draftKey("sheet-a")).toMatch(/v1\.sheet-a$/);
    expect(loadDraft(storage, "sheet-b")).toBeNull();
    const back = loadDraft(storage, "sheet-a");
    expect(back?.plan).toEqual(s.plan);
    expect(stateFromDraft(back!)).toMatchObject({ step: "kpis", plan: s.plan, origin: "new" });
  });

  it("ignores another version, a broken shape or bad JSON", () => {
    const s = templateState("saas");
    const good = JSON.parse(serializeDraft(s));
    expect(parseDraft(JSON.stringify({ ...good, version: 2 }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...good, plan: { ...good.plan, streams: "x" } }))).toBeNull();
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft(JSON.stringify({ ...good, step: "nowhere" }))?.step).toBe("start");
  });

  it("survives storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {},
    };
    expect(loadDraft(broken, "a")).toBeNull();
    expect(takeDraft(broken, "a")).toBeNull();
    expect(() => saveDraft(broken, "a", templateState("saas"))).not.toThrow();
  });

  it("moves the one draft of the first release to the first spreadsheet without its own, once", () => {
    const storage = memoryStorage();
    const legacy = serializeDraft(templateState("saas"));
    storage.setItem(LEGACY_DRAFT_KEY, legacy);
    saveDraft(storage, "has-own", templateState("real_estate"));
    // A spreadsheet with its own draft gets its own; the old one waits for another.
    expect(takeDraft(storage, "has-own")?.plan.templateId).toBe("real_estate");
    expect(storage.data.get(LEGACY_DRAFT_KEY)).toBe(legacy);
    expect(takeDraft(storage, "first")?.plan.templateId).toBe("saas");
    expect(storage.data.has(LEGACY_DRAFT_KEY)).toBe(false);
    expect(storage.data.get(draftKey("first"))).toBe(legacy);
    expect(takeDraft(storage, "second")).toBeNull();
    // A broken old draft is dropped, not moved.
    storage.setItem(LEGACY_DRAFT_KEY, "{broken");
    expect(takeDraft(storage, "third")).toBeNull();
    expect(storage.data.has(LEGACY_DRAFT_KEY)).toBe(false);
    expect(storage.data.has(draftKey("third"))).toBe(false);
  });
});
