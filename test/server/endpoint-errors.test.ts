// What each sidebar endpoint answers when it cannot do its work, before any KPI sheet exists or with
// arguments it cannot take: a row per case with the code and the whole message, in English and
// Japanese. dist/Code.js over the fakes (the other codes: name-clash, new-plan, generate's busy,
// review-actions' rep_view and review_log_outdated, open-sheet's no_sheet, team-rates' no_log).
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

const NO_PLAN = {
  en: "This spreadsheet has no KPI sheets yet: generate them with the wizard first.",
  ja: "このスプレッドシートにはまだKPIシートがありません。先にウィザードで生成してください。",
};
const review = { note: "", actions: [] };
const source = { sheet: "Form", counts: "add", columns: { date: "Date" } };

describe("before any KPI sheet exists", () => {
  it.each([
    ["kpiRecordReview", [review]],
    ["kpiReviewContext", []],
    ["kpiProposeSource", ["Form"]],
    ["kpiConnectSource", [source]],
    ["kpiDisconnectSource", []],
  ])("%s says to generate first, in the user's language, and writes nothing", (name, args) => {
    for (const locale of ["en", "ja"] as const) {
      const a = addon({ locale });
      a.fake.globals.SpreadsheetApp.getActive().insertSheet("Form").getRange(1, 1).setValue("Date");
      const before = a.fake.spreadsheet.sheetNames();
      const r = plain(a.call(name, ...args));
      expect(r).toEqual({ ok: false, error: { code: "no_plan", message: NO_PLAN[locale] } });
      expect(a.fake.spreadsheet.sheetNames()).toEqual(before);
    }
  });
});

describe("arguments an endpoint cannot take", () => {
  it("names the argument at fault, in both languages, the message in the user's", () => {
    const a = addon({ locale: "ja" });
    const r = plain(a.call("kpiOpenSheet", true));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("invalid_arguments");
    expect(r.error.message).toBe("送信された内容が正しくありません。");
    expect(r.error.issues).toHaveLength(1);
    const [issue] = r.error.issues;
    expect(issue.path).toBe("0");
    expect(issue.message.ja).toBe(`引数 0 が正しくありません（${issue.message.en}）`);
    expect(plain(addon({ locale: "en" }).call("kpiOpenSheet", true)).error.message).toBe(
      "The request was not valid.",
    );
  });

  it("calls the whole argument list 全体 when it is the list that is wrong", () => {
    const r = plain(addon({ locale: "ja" }).call("kpiTeamRates", "extra"));
    expect(r.error.code).toBe("invalid_arguments");
    const [issue] = r.error.issues;
    expect(issue.path).toBe("");
    expect(issue.message.ja).toBe(`引数 (全体) が正しくありません（${issue.message.en}）`);
  });

  it("a plan that does not parse: invalid_plan with each field's problem; nothing is written", () => {
    const a = addon({ locale: "en" });
    const plan = samplePlan() as { kgi: { target: unknown } };
    plan.kgi.target = -1;
    const r = plain(a.call("kpiGenerate", plan));
    expect([r.ok, r.error.code, r.error.message]).toEqual([
      false,
      "invalid_plan",
      "The plan has problems: see each field.",
    ]);
    expect(r.error.issues.map((i: { path: string }) => i.path)).toEqual(["kgi.target"]);
    expect(a.fake.spreadsheet.sheetNames()).toEqual(["Sheet1"]);
  });

  it("a plan whose SMART check has errors: lint_errors with only the errors; nothing is written", () => {
    const a = addon({ locale: "ja" });
    const plan = samplePlan();
    // One KPI (a warning: keep to 3–5) over a weekend alone (an error: no working day to plan).
    plan.kpis = plan.kpis.slice(0, 1);
    plan.period = { ...plan.period, start: "2026-04-04", end: "2026-04-05" };
    const before = a.fake.spreadsheet.sheetNames();
    const r = plain(a.call("kpiGenerate", plan));
    expect([r.ok, r.error.code, r.error.message]).toEqual([
      false,
      "lint_errors",
      "SMARTチェックでエラーがあります。修正してから生成してください。",
    ]);
    expect(r.error.issues).toEqual([
      {
        path: "period",
        message: {
          ja: "計画期間（2026-04-04〜2026-04-05）に稼働日が1日もないため、1日あたりの行動量を計算できません。",
          en: "The plan period (2026-04-04 to 2026-04-05) has no working days, so no daily activity can be planned.",
        },
      },
    ]);
    expect(a.fake.spreadsheet.sheetNames()).toEqual(before);
    // The preview shows the error and the warnings instead of refusing.
    const p = plain(a.call("kpiPreview", plan));
    expect(p.ok).toBe(true);
    const ids = p.value.lint.map((f: { ruleId: string; severity: string }) => `${f.severity} ${f.ruleId}`);
    expect(ids).toContain("error period-working-days");
    expect(ids).toContain("warning kpi-count");
  });

  it("anything else that fails says so, with what failed", () => {
    const a = addon({ locale: "en" });
    a.fake.log.failAt(1);
    const r = plain(a.call("kpiOpenSheet", "Sheet1"));
    a.fake.log.heal();
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("failed");
    expect(r.error.message).toMatch(/^It failed: \S/);
  });
});
