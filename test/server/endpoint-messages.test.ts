// What an endpoint's refusal says, in the two places the other endpoint tests leave open: an argument
// inside an argument is named by its whole path ("0.note", in both languages), and the question about
// a new plan over a kept log names the plan the log was kept under. Through dist/Code.js over the fakes.
import { describe, expect, it } from "vitest";
import { grossProfitPlan, samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

describe("an endpoint's refusal", () => {
  it("names a field inside an argument by its whole path", () => {
    const r = plain(addon({ locale: "ja" }).call("kpiRecordReview", { note: 5 }));
    expect(r.error.code).toBe("invalid_arguments");
    const [issue] = r.error.issues;
    expect(issue.path).toBe("0.note");
    expect(issue.message.ja).toBe(`引数 0.note が正しくありません（${issue.message.en}）`);
  });

  it("asks about a new plan over a kept log with the stored plan's title and the number of rows", () => {
    for (const [locale, rows, title] of [
      ["en", "2 rows", "(FY2026 inside sales)"],
      ["ja", "2行", "（FY2026 inside sales）"],
    ] as const) {
      const a = addon({ locale });
      expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
      a.fake.spreadsheet.write("Actuals", "A2", [
        ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, ""],
        ["2026-04-02", "Suzuki", 35, 3, 1, 1, 2_000_000, ""],
      ]);
      const r = plain(a.call("kpiGenerate", grossProfitPlan()));
      expect(r.error.code).toBe("log_decision");
      expect(r.error.message).toContain(rows);
      expect(r.error.message).toContain(title);
      expect(r.error.message).not.toMatch(/\{/);
    }
  });
});
