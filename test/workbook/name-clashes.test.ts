// Which defined names are ours, and which of a team's own names a new workbook would take over
// (BRIEF §3.5: a name clash stops generation rather than change what the team's formulas compute).
// Names ignore letter case in Sheets, Excel and LibreOffice, so every rule here does too.
import { describe, expect, it } from "vitest";
import { isOurName, nameClashes, nameClashText } from "../../src/workbook/names";

describe("our names", () => {
  it.each([
    ["KGI_TARGET", true],
    ["kgi_target", true],
    ["AS_OF", true],
    ["REQ_new_biz_calls", true],
    ["req_x_y", true],
    ["ACT_KPI_nps", true],
    ["KPI_ACTUAL_calls", true],
    ["LEAD_TIME_new_biz", true],
    // Another name that only contains or ends with one of ours is the team's.
    ["MY_KGI_TARGET", false],
    ["TOTAL_REQ_", false],
    ["BUDGET", false],
    ["KGI", false],
  ])("%s is ours: %s", (name, ours) => {
    expect(isOurName(name)).toBe(ours);
  });
});

describe("a team's names a new workbook would take over", () => {
  const foreign = new Set(["Budget", "Team report"]);
  const existing = [
    { name: "kgi_target", sheet: "Budget", where: "Budget!B2" },
    { name: "AS_OF", sheet: "Dashboard", where: "Dashboard!B2" },
    { name: "REQ_new_biz_calls", sheet: null, where: "#REF!" },
    { name: "TEAM_MEETINGS", sheet: "Team report", where: "'Team report'!B2:B6" },
  ];

  it("only a name we want, in any letter case, pointing at a sheet of the team's", () => {
    // AS_OF points at our own Dashboard (ours to replace); REQ_… points nowhere; TEAM_MEETINGS is
    // not one we want.
    expect(nameClashes(["KGI_TARGET", "AS_OF", "REQ_new_biz_calls"], existing, foreign)).toEqual([
      existing[0],
    ]);
    expect(nameClashes(["AS_OF"], existing, foreign)).toEqual([]);
    expect(nameClashes(["TEAM_MEETINGS"], existing, foreign)).toEqual([existing[3]]);
  });

  it("says which names and where, and how to fix it in Sheets or in the .xlsx, in both languages", () => {
    const clashes = [existing[0] as (typeof existing)[number], existing[3] as (typeof existing)[number]];
    const sheets = nameClashText(clashes);
    expect(sheets.en).toBe(
      "this workbook already has named ranges the KPI sheets need, pointing at your own sheets (kgi_target → Budget!B2, TEAM_MEETINGS → 'Team report'!B2:B6). Nothing was changed: rename or delete them (Data → Named ranges), then generate again",
    );
    expect(sheets.ja).toContain("（kgi_target → Budget!B2, TEAM_MEETINGS → 'Team report'!B2:B6）");
    expect(sheets.ja).toContain("データ → 名前付き範囲");
    const xlsx = nameClashText(clashes, "xlsx");
    expect(xlsx.en).toContain(
      "Excel: Formulas → Name Manager; LibreOffice: Sheet → Named Ranges and Expressions → Manage",
    );
    expect(xlsx.en).toMatch(/then run export --update again$/);
    expect(xlsx.ja).toContain("もう一度 export --update を実行してください");
  });
});
