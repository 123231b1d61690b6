// Tidy actuals (menu): shows what it would convert, converts only that when told yes, changes
// nothing when told no, and leaves what is not obviously meant (a date in words, a stranger) flagged.
// dist/Code.js over the fakes, with the mixed block of test/fixtures/mixed-log.ts.
import { describe, expect, it } from "vitest";
import { MIXED } from "../fixtures/mixed-log";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

function mixed(answer: "YES" | "NO") {
  const a = addon({ locale: "en" });
  expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
  a.fake.spreadsheet.write("Actuals", "A2", MIXED);
  a.fake.spreadsheet.write("Actuals", "B9", [["  Ｓａｔｏ "]]);
  a.fake.spreadsheet.write("Actuals", "A9", [["2026/4/8"]]); // a date, as Sheets reads it typed
  a.fake.ui.alertAnswers.push(answer);
  a.call("kpiMenuTidyActuals");
  return a;
}

const checks = (a: ReturnType<typeof addon>) => {
  const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][];
  const title = dashboard.findIndex((r) => r[0] === "Entries not counted (Actuals)");
  return dashboard.slice(title + 2, title + 9).map((r) => [r[0], r[1]]);
};

describe("Tidy actuals", () => {
  it("lists each conversion, then makes exactly those when told yes", () => {
    const a = mixed("YES");
    const [question, done] = a.fake.ui.alerts;
    expect(question?.title).toBe("KPI Designer");
    expect(question?.buttons).toBe("YES_NO");
    for (const line of [
      'C3: "７０" → 70',
      'D3: "20件" → 20',
      'G6: "¥300,000" → 300000',
      'B9: "  Ｓａｔｏ " → "Sato"',
    ])
      expect(question?.prompt).toContain(line);
    expect(question?.prompt).not.toContain("A7"); // "next Monday" is not obviously a date
    expect(question?.prompt).not.toContain("B5"); // Ghost is nobody on the team
    expect(done?.prompt).toBe(
      `Tidied ${a.fake.ui.alerts[0]?.prompt.match(/^\S+ (\d+)/)?.[1] ?? "?"} entries.`,
    );
    const log = a.fake.spreadsheet.sheetValues("Actuals", "A2:G9") as unknown[][];
    expect([log[1]?.[2], log[1]?.[3], log[4]?.[6], log[7]?.[1]]).toEqual([70, 20, 300_000, "Sato"]);
    expect(log[5]?.[0]).toBe("next Monday");
    expect(log[3]?.[1]).toBe("Ghost");
    // What is left for the Dashboard to flag: the two dates, Ghost and the row with no rep, the -3.
    expect(checks(a)).toEqual([
      ["Date", 2],
      ["Rep", 2],
      ["Calls", 1],
      ["Appointments", 0],
      ["Meetings", 0],
      ["Deals", 0],
      ["Annual revenue (JPY)", 0],
    ]);
  });

  it("writes each run of neighbouring rows in a column in one call, a name as text, a date as typed", () => {
    const a = addon({ locale: "en" });
    const plan = samplePlan();
    plan.team.push({ name: "+81 Tanaka" }); // typed bare, Sheets would read a formula
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    // Calls in C2:C4 and C6 (two runs), Appointments in D3 (one), a rep in B5 and a date in A6.
    a.fake.spreadsheet.write("Actuals", "A2", [
      ["2026-04-01", "Sato", "７０", 1],
      ["2026-04-02", "Sato", "７１", "20件"],
      ["2026-04-03", "Sato", "７２", 1],
      ["2026-04-06", " ＋81 Tanaka", 5, 1],
      ["2026年4月7日", "Sato", "７３", 1],
    ]);
    a.fake.ui.alertAnswers.push("YES");
    a.fake.log.reset();
    a.call("kpiMenuTidyActuals");
    expect(a.fake.ui.alerts[1]?.prompt).toBe("Tidied 7 entries.");
    expect(a.fake.log.count("Range.setValues")).toBe(5);
    const log = a.fake.spreadsheet.sheetValues("Actuals", "B2:D6") as unknown[][];
    expect(log.map((r) => r[1])).toEqual([70, 71, 72, 5, 73]);
    expect(log.map((r) => r[2])).toEqual([1, 20, 1, 1, 1]);
    expect(log[3]?.[0]).toBe("+81 Tanaka");
    // The date is a date again (not text that reads like one): the Dashboard counts it.
    const date = (a.fake.spreadsheet.sheetValues("Actuals", "A6") as unknown[][])[0]?.[0];
    expect(Object.prototype.toString.call(date)).toBe("[object Date]");
    expect(a.fake.spreadsheet.sheetDisplayValues("Actuals")[5]?.[0]).toBe("2026-04-07");
  });

  it("writes only the cells still as shown: one a teammate changed while the question was open stays theirs", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", [
      ["2026-04-01", "Sato", "７０"],
      ["2026-04-02", "Sato", "７１"],
    ]);
    // The answer comes after a teammate typed 99 over C3.
    a.fake.ui.alertAnswers.shift = () => {
      a.fake.spreadsheet.write("Actuals", "C3", [[99]]);
      return "YES";
    };
    a.call("kpiMenuTidyActuals");
    expect(a.fake.ui.alerts[0]?.prompt).toContain('C3: "７１" → 71');
    expect(a.fake.ui.alerts[1]?.prompt).toBe("Tidied 1 entries.");
    expect((a.fake.spreadsheet.sheetValues("Actuals", "C2:C3") as unknown[][]).flat()).toEqual([70, 99]);
  });

  it("tidies a manual KPI's column as a number, and never the Notes", () => {
    const a = addon({ locale: "en" });
    const plan = samplePlan();
    plan.kpis.push({
      id: "nps",
      name: "Customer satisfaction",
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 40, aggregate: "average" },
    });
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const header = (a.fake.spreadsheet.sheetValues("Actuals", "A1:Z1") as string[][])[0] ?? [];
    const nps = header.findIndex((h) => h.startsWith("Customer satisfaction"));
    const notes = header.indexOf("Notes");
    expect([nps, notes].every((c) => c > 1)).toBe(true);
    const row: unknown[] = Array(Math.max(nps, notes) + 1).fill(null);
    row[0] = "2026-04-01";
    row[1] = "Sato";
    row[nps] = "４０";
    row[notes] = "２０件"; // would read as 20 in a count column
    a.fake.spreadsheet.write("Actuals", "A2", [row]);
    a.fake.ui.alertAnswers.push("YES");
    a.call("kpiMenuTidyActuals");
    const [question] = a.fake.ui.alerts;
    expect(question?.prompt.split("\n").filter((l) => l.includes("→"))).toEqual([
      `${String.fromCharCode(65 + nps)}2: "４０" → 40`,
    ]);
    const typed = (a.fake.spreadsheet.sheetValues("Actuals", "A2:Z2") as unknown[][])[0] ?? [];
    expect([typed[nps], typed[notes]]).toEqual([40, "２０件"]);
  });

  it("changes nothing when told no", () => {
    const a = mixed("NO");
    expect(a.fake.ui.alerts).toHaveLength(1);
    const log = a.fake.spreadsheet.sheetValues("Actuals", "C3:D3") as unknown[][];
    expect(log[0]).toEqual(["７０", "20件"]);
  });

  it("says so when there is nothing to tidy", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", [MIXED[0] as unknown[]]);
    a.call("kpiMenuTidyActuals");
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([
      "Nothing to tidy: the entries not counted (see the Dashboard) are not obviously meant as anything else.",
    ]);
  });
});
