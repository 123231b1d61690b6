// Each kind of question a sheet can ask of a deal list (issue 19's deal-counts.ts), computed in
// HyperFormula over test/fixtures/deal-list.ts and checked against its hand tally: how many rows, how
// many won amounts, a stage with no date bound, a question the list cannot answer (null), a phase value
// holding a wildcard character matched as written. And the stored source read back (source.ts).
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { type DealSource, dealQuery } from "../../src/workbook/deal-counts";
import type { LogQuery } from "../../src/workbook/log-refs";
import { reconnect, storedSource } from "../../src/workbook/source";
import { DEAL_HEADER, DEAL_MAPPING, DEAL_ROWS } from "../fixtures/deal-list";
import { jaPlan } from "../fixtures/plans";
import { DEAL_SHEET, type DealRow, dealCells, dealConnection } from "../support/deal-connect";
import { sheetsConfig } from "../support/hyperformula";

const plan = jaPlan();
const APRIL_1 = "DATE(2026,4,1)";
const JUNE_30 = "DATE(2026,6,30)";

/** The value of `formula` over the deal list `rows`. */
function computed(formula: string, rows: DealRow[] = DEAL_ROWS): unknown {
  const hf = HyperFormula.buildFromSheets(
    { [DEAL_SHEET]: [DEAL_HEADER, ...dealCells(rows)], Calc: [[`=${formula}`]] },
    sheetsConfig,
  );
  return hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 0 });
}

const connected = dealConnection(plan, DEAL_ROWS);
const source = connected as DealSource;
const ask = (q: Partial<LogQuery> & Pick<LogQuery, "op">) => dealQuery({ where: [], ...q }, source);
const rep = (name: string) => ({ key: "rep", criterion: `"${name}"` });

describe("questions over a deal list", () => {
  it("how many rows: a rep's deals, whatever their phase or date", () => {
    // 佐藤: D1 and D5; 高橋: D3 and D4; nobody named 山田.
    expect(computed(ask({ op: "rows", where: [rep("佐藤")] }) as string)).toBe(2);
    expect(computed(ask({ op: "rows", where: [rep("高橋")] }) as string)).toBe(2);
    expect(computed(ask({ op: "rows", where: [rep("山田")] }) as string)).toBe(0);
  });

  it("how many won amounts, in the period and per rep", () => {
    // Won in April–June with an amount: D5 (04-05) and D1 (05-20), both 佐藤's.
    expect(computed(ask({ op: "count", key: "kgi", from: APRIL_1, to: JUNE_30 }) as string)).toBe(2);
    expect(
      computed(ask({ op: "count", key: "kgi", from: APRIL_1, to: JUNE_30, where: [rep("佐藤")] }) as string),
    ).toBe(2);
    expect(
      computed(ask({ op: "count", key: "kgi", from: APRIL_1, to: JUNE_30, where: [rep("鈴木")] }) as string),
    ).toBe(0);
    // Their sum: 2,000,000 + 1,200,000; May alone: D1.
    expect(computed(ask({ op: "sum", key: "kgi", from: APRIL_1, to: JUNE_30 }) as string)).toBe(3_200_000);
    expect(
      computed(ask({ op: "sum", key: "kgi", from: "DATE(2026,5,1)", to: "DATE(2026,5,31)" }) as string),
    ).toBe(1_200_000);
  });

  it("a stage with no date bound counts every deal that reached it, dated or not in the period", () => {
    // 商談 reached by D1, D2, D3 and D5 (D5's in March, before the period).
    expect(computed(ask({ op: "count", key: "stage:new_biz.meetings" }) as string)).toBe(4);
    // In the period: D1 (04-10), D2 (05-02), D3 (06-01).
    expect(
      computed(ask({ op: "count", key: "stage:new_biz.meetings", from: APRIL_1, to: JUNE_30 }) as string),
    ).toBe(3);
  });

  it("a criterion on the list's first column: the rep's column moved to the front", () => {
    // The team's list with 担当 first: the same deals, so the same counts (佐藤: D1 and D5).
    const front = (r: DealRow) => [r[1] ?? null, r[0] ?? null, ...r.slice(2)];
    const header = front(DEAL_HEADER) as string[];
    const rows = DEAL_ROWS.map(front);
    const moved = dealConnection(plan, rows, header) as DealSource;
    expect(moved.columns[0]).toBe("rep");
    const q = dealQuery({ op: "rows", where: [rep("佐藤")] }, moved) as string;
    const hf = HyperFormula.buildFromSheets(
      { [DEAL_SHEET]: [header, ...dealCells(rows)], Calc: [[`=${q}`]] },
      sheetsConfig,
    );
    expect(hf.getCellValue({ sheet: hf.getSheetId("Calc") as number, row: 0, col: 0 })).toBe(2);
  });

  it("questions the list cannot answer are null: rows in a date range, a column it lacks", () => {
    expect(ask({ op: "rows", from: APRIL_1, to: JUNE_30 })).toBeNull();
    expect(ask({ op: "sum", key: "kgi", where: [{ key: "kpi:nps", criterion: '">0"' }] })).toBeNull();
    // 架電 comes before the first stage the list knows (アポ).
    expect(ask({ op: "count", key: "stage:new_biz.calls" })).toBeNull();
  });

  it("a phase value with a wildcard character is matched as written", () => {
    // Two open deals: one whose phase is literally "商談*" (meaning 商談), one "商談中" (its own
    // value, also 商談); a criterion "=商談*" unescaped would match both as one value.
    const rows: DealRow[] = [
      ["X", "佐藤", "2026-04-03", "商談*", null, null, null, null],
      ["Y", "佐藤", "2026-04-04", "アポ?", null, null, null, null],
    ];
    const mine = dealConnection(plan, rows) as DealSource;
    const q = dealQuery({ op: "count", key: "stage:new_biz.meetings", where: [] }, mine) as string;
    expect(mine.deals.phases["商談*"]).toBeDefined();
    expect(computed(q, rows)).toBe(1);
    expect(computed(q, [...rows, ["Z", "佐藤", "2026-04-05", "商談X", null, null, null, null]])).toBe(1);
  });
});

describe("the stored source", () => {
  it("a deal list round-trips: its stream and phases come back on the header as it is now", () => {
    const stored = storedSource(connected);
    expect(stored).toMatchObject({ kind: "deals", stream: "new_biz", columns: DEAL_MAPPING });
    const moved = [...DEAL_HEADER].reverse();
    const back = reconnect(stored, moved, plan);
    if (!back.ok) throw new Error("not reconnected");
    expect(back.source.deals?.stream.id).toBe("new_biz");
    expect(back.source.deals?.phases).toEqual(source.deals.phases);
    expect(back.source.columns[moved.indexOf("受注日")]).toBe("date:new_biz.deals");
  });

  it("a deal list whose stream the plan no longer has is asked about by its stage-date columns", () => {
    const stored = { ...storedSource(connected), stream: "gone" };
    const back = reconnect(stored, DEAL_HEADER, plan);
    expect(back).toEqual({
      ok: false,
      notFound: [
        { key: "date:new_biz.meetings", header: "商談日" },
        { key: "date:new_biz.deals", header: "受注日" },
      ],
      twice: [],
    });
  });

  it("a log-shaped source is a log again, with no deal rule", () => {
    const log = {
      sheet: "フォーム",
      counts: "instead" as const,
      columns: { date: "タイムスタンプ", rep: "氏名" },
    };
    const back = reconnect(log, ["タイムスタンプ", "氏名", "所感"], plan);
    expect(back).toEqual({
      ok: true,
      source: {
        sheetName: "フォーム",
        counts: "instead",
        columns: ["date", "rep", null],
        mapping: log.columns,
      },
    });
  });
});
