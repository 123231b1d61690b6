// The Apps Script edge run as Apps Script runs it: dist/Code.js in a fresh vm over the fakes.
import { describe, expect, it } from "vitest";
import { planFunnel } from "../../src/domain/funnel";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { DEFAULT_SPREADSHEET_ID } from "../../src/local/apps-script";
import { PLAN_CHUNK } from "../../src/workbook/meta";
import { N } from "../../src/workbook/names";
import { samplePlan } from "../fixtures/plans";
import { spread, templateCases } from "../support/sample";
import { addon, plain } from "./support";

const errorValue = (v: unknown) =>
  typeof v === "string" && /^#(REF|NAME|VALUE|DIV\/0|N\/A|NUM|ERROR)/.test(v);

describe("kpiGenerate through dist/Code.js", () => {
  // workbook/formulas.test.ts takes the other language of each template in HyperFormula.
  it.each(templateCases(spread(templateIds, 4), 1))(
    "%s (%s): every sheet, named ranges holding the domain's counts, no error cells",
    (id, locale) => {
      const { fake, call } = addon({ locale });
      const plan = templatePlan(id, locale);
      const r = call("kpiGenerate", plan);
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      const names = fake.spreadsheet.sheetNames();
      expect(r.value.sheets).toHaveLength(8);
      for (const s of r.value.sheets) expect(names).toContain(s.name);
      expect(names.some((n: string) => n.startsWith("~"))).toBe(false);
      expect(fake.spreadsheet.namedValue(N.kgiTarget)).toBe(plan.kgi.target);
      for (const st of planFunnel(plan)) {
        for (const sg of st.stages)
          expect(fake.spreadsheet.namedValue(N.required(st.id, sg.id))).toBe(sg.required);
      }
      for (const name of names) {
        const bad = fake.spreadsheet
          .sheetDisplayValues(name)
          .flatMap((row: unknown[], r: number) => row.map((v, c) => [v, r, c]))
          .filter(([v]: unknown[]) => errorValue(v));
        expect(bad, name).toEqual([]);
      }
    },
  );

  it("writes names that look like formulas, numbers or errors as text", () => {
    const { fake, call } = addon();
    const plan = samplePlan();
    // Each would be a formula, a number or an error if typed (the fake parses as Sheets does).
    const reps = ["=1+1", "+81 3", "@SUM(A1)", "-5", "+81 Tanaka", "@team", "1e3", "- note"];
    plan.team = reps.map((name) => ({ name }));
    plan.kfs = [{ name: "@team reviews" }, { name: "+Suzuki coaches" }];
    plan.title = '<b>=HYPERLINK("x")</b>';
    expect(call("kpiGenerate", plan).ok).toBe(true);
    const assumptions = (fake.spreadsheet.sheetValues("Assumptions") as any).flat();
    for (const t of reps) expect(assumptions).toContain(t);
    const tree = (fake.spreadsheet.sheetValues("KPI Tree") as any).flat();
    for (const k of plan.kfs) expect(tree).toContain(k.name);
    const treeFormulas = (fake.spreadsheet.sheetFormulas("KPI Tree") as any).flat().filter(Boolean);
    expect(treeFormulas.filter((f: string) => /team|Suzuki/.test(f))).toEqual([]);
    expect((fake.spreadsheet.sheetValues("Dashboard") as any)[0]?.[0]).toBe(plan.title);
    const formulas = (fake.spreadsheet.sheetFormulas("Assumptions") as any).flat().filter(Boolean);
    expect(formulas).not.toContain("=1+1");
  });

  it("keeps every typed actual and note when the plan changes, and leaves a user's sheet alone", () => {
    const { fake, call } = addon();
    const plan = samplePlan();
    expect(call("kpiGenerate", plan).ok).toBe(true);
    fake.spreadsheet.addSheet("My notes");
    fake.spreadsheet.write("My notes", "A1", [["=1+1", "keep me"]]);
    // The team types two rows: Date | Rep | Calls | Appointments | Meetings | Deals | KGI | Notes
    fake.spreadsheet.write("Actuals", "A2", [
      ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "=not a formula"], // Notes is a plain-text column
      ["2026-04-02", "Suzuki", 35, 3, 1, 0, 0, "called back"],
    ]);
    const edited = structuredClone(plan);
    const stream = edited.streams[0];
    if (!stream) throw new Error("stream");
    stream.stages[1] = { id: "appointments", name: "Appts (renamed)", rate: 0.5 };
    stream.stages.splice(2, 1); // meetings removed
    (stream.stages[1] as { rate?: number }).rate = 0.125;
    edited.kpis = edited.kpis.filter((k) => k.id !== "appt_rate");
    edited.team.push({ name: "Ito" });
    const r = call("kpiGenerate", edited);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.keptRows).toBe(2);
    expect(r.value.archivedColumns).toEqual(["[archived] Meetings"]);
    const values = fake.spreadsheet.sheetValues("Actuals") as any;
    const header = values[0];
    const col = (h: string) => header.indexOf(h);
    expect(values[1][col("Appts (renamed)")]).toBe(4);
    expect(values[1][col("[archived] Meetings")]).toBe(2);
    expect(values[2][col("Notes")]).toBe("called back");
    expect(values[1][col("Notes")]).toBe("=not a formula");
    expect((fake.spreadsheet.sheetFormulas("My notes") as any)[0][0]).toBe("=1+1");
    expect((fake.spreadsheet.sheetValues("My notes") as any)[0]).toEqual([2, "keep me"]);
    const names = fake.spreadsheet.namedRanges();
    // The archived column keeps its name (it is found by it again); the stage's other names went.
    expect(Object.keys(names).filter((n) => /meetings|appt_rate/i.test(n))).toEqual(["ACT_new_biz_meetings"]);
    expect(names.ACT_new_biz_meetings).toBe("Actuals!E2:E2001");
    expect(names.ACT_new_biz_appointments).toBe("Actuals!D2:D2001");
    expect(col("[archived] Meetings")).toBe(4);
  });

  it("adds Reps and Trends after the Dashboard to a workbook generated before they existed, in place", () => {
    const { fake, call } = addon();
    const plan = samplePlan();
    expect(call("kpiGenerate", plan).ok).toBe(true);
    // A workbook of the version before: the same sheets, without Reps and Trends.
    const ss = fake.globals.SpreadsheetApp.getActive();
    for (const name of ["Reps", "Trends"]) ss.deleteSheet(ss.getSheetByName(name));
    fake.spreadsheet.write("Actuals", "A2", [["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "kept"]]);
    fake.spreadsheet.write("Dashboard", "B2", [["2026-04-30"]]);
    const kept = ["KPI Tree", "Dashboard", "Targets", "Actuals", "Assumptions", "Review Log"];
    const ids = kept.map((n) => fake.spreadsheet.sheet(n).sheetId);
    const r = call("kpiGenerate", plan);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(fake.spreadsheet.sheetNames()).toEqual([
      "Sheet1",
      "KPI Tree",
      "Dashboard",
      "Reps",
      "Trends",
      "Targets",
      "Actuals",
      "Assumptions",
      "Review Log",
      "KPI Designer Data",
    ]);
    expect(kept.map((n) => fake.spreadsheet.sheet(n).sheetId)).toEqual(ids);
    expect(r.value.keptRows).toBe(1);
    // The new sheets read the kept log: Sato's ¥1,000,000 on the Reps sheet, April's 40 calls on Trends.
    const reps = fake.spreadsheet.sheetValues("Reps") as unknown[][];
    expect(reps.find((row) => row[0] === "Sato" && row[1] === "KGI: Annual revenue")?.[4]).toBe(1_000_000);
    const trends = fake.spreadsheet.sheetValues("Trends") as unknown[][];
    expect(trends.find((row) => row[0] === "Calls" && row[1] === "Actual")?.[6]).toBe(40);
    for (const name of ["Reps", "Trends"]) {
      const bad = (fake.spreadsheet.sheetDisplayValues(name) as unknown[][]).flat().filter(errorValue);
      expect(bad, name).toEqual([]);
    }
  });

  it("gives our sheet a new name when the user has one called Actuals", () => {
    const { fake, call } = addon();
    fake.spreadsheet.addSheet("Actuals");
    fake.spreadsheet.write("Actuals", "A1", [["mine"]]);
    const r = call("kpiGenerate", samplePlan());
    expect(r.ok).toBe(true);
    expect(r.value.sheets.find((s: { key: string }) => s.key === "actuals")?.name).toBe("Actuals (2)");
    expect((fake.spreadsheet.sheetValues("Actuals") as any)[0][0]).toBe("mine");
  });

  it("refuses a second generate while the first holds the document lock", () => {
    const { fake, call, other } = addon();
    const second = other();
    second.globals.LockService.getDocumentLock().tryLock(1000);
    const r = call("kpiGenerate", samplePlan());
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("busy");
    expect(fake.spreadsheet.sheetNames()).toEqual(["Sheet1"]);
    fake.endExecution(second.globals);
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
  });

  it("lets go of the document lock when done, and when it stops with an error", () => {
    const { fake, call } = addon();
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
    expect(fake.spreadsheet.locks()).toEqual({});
    // A new plan over a log with rows stops inside the lock, to ask what becomes of the log.
    fake.spreadsheet.write("Actuals", "A2", [["2026-04-01", "Sato", 40]]);
    const other = samplePlan();
    other.kgi = { name: "Gross profit", target: 30_000_000, unit: "JPY" };
    expect(call("kpiGenerate", other).error?.code).toBe("log_decision");
    expect(fake.spreadsheet.locks()).toEqual({});
  });

  it("stores the plan in the document and reads it back", () => {
    const { call } = addon();
    const plan = samplePlan();
    // Past a property's 9 KB and past one cell's chunk of the data sheet (PLAN_CHUNK): long notes,
    // in two scripts, rather than hundreds of reps the fakes' engine would spend seconds computing.
    plan.team = Array.from({ length: 20 }, (_, i) => ({ name: `Rep ${i} ${"x".repeat(30)}` }));
    plan.kfs = Array.from({ length: 35 }, (_, i) => ({
      name: `KFS ${i}`,
      note: `${"重要成功要因 ".repeat(60)}${"Key factor ".repeat(50)}`.slice(0, 1000),
    }));
    expect(JSON.stringify(plan).length).toBeGreaterThan(PLAN_CHUNK);
    expect(call("kpiGenerate", plan).ok).toBe(true);
    const ctx = plain(call("kpiGetContext"));
    expect(ctx.ok).toBe(true);
    expect(ctx.value.plan).toEqual(plan);
    expect(ctx.value.ownSheets.actuals).toBe("Actuals");
    expect(ctx.value.spreadsheetId).toBe(DEFAULT_SPREADSHEET_ID);
  });

  it("tells the sidebar which spreadsheet it is in (drafts are kept per spreadsheet)", () => {
    const a = plain(addon({ spreadsheetId: "1SheetA" }).call("kpiGetContext"));
    const b = addon({ spreadsheetId: "1SheetB" });
    expect(a.value.spreadsheetId).toBe("1SheetA");
    expect(plain(b.call("kpiGetContext")).value.spreadsheetId).toBe("1SheetB");
    // Stable: every execution over the same document reads the same id.
    expect(plain(b.other().call("kpiGetContext")).value.spreadsheetId).toBe("1SheetB");
  });

  it("records a review: one row per KPI plus the KGI, with the note as text", () => {
    const { fake, call } = addon();
    expect(call("kpiGenerate", samplePlan()).ok).toBe(true);
    const r = call("kpiRecordReview", { note: "=focus on appointments" });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.rows).toBe(4);
    const log = fake.spreadsheet.sheetValues("Review Log") as any;
    expect(log).toHaveLength(5);
    expect(log[1][1]).toBe("KGI: Annual revenue");
    expect(log[4][6]).toBe("=focus on appointments");
  });

  it("batches: the writer's calls do not grow with reps, periods or rows; it reads, then writes", () => {
    const count = (reps: number, granularity: "month" | "week", rows: number) => {
      const { fake, call } = addon();
      const plan = samplePlan();
      plan.team = Array.from({ length: reps }, (_, i) => ({ name: `Rep ${i}` }));
      plan.period.granularity = granularity;
      fake.log.reset();
      expect(call("kpiGenerate", plan).ok).toBe(true);
      // A first Generate: the reads, then the writes up to the new sheets, whose sizes and ids only
      // Google can tell (one more round trip), then the rest of the writes.
      expect(fake.log.spreadsheetRoundTrips(), `first, ${reps} reps`).toBe(2);
      if (rows) {
        fake.spreadsheet.write(
          "Actuals",
          "A2",
          Array.from({ length: rows }, (_, i) => ["2026-04-01", `Rep ${i % reps}`, 1, 1, 1, 1, 1, ""]),
        );
      }
      fake.log.reset();
      expect(call("kpiGenerate", plan).ok).toBe(true);
      // A regeneration reads everything it needs first: one round trip in all.
      expect(fake.log.spreadsheetRoundTrips(), `again, ${reps} reps, ${rows} rows`).toBe(1);
      return fake.log.spreadsheetCalls();
    };
    const small = count(3, "month", 0);
    const large = count(40, "week", 1500);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(5);
    // The calls are the point (npm run bench counts them up to 200 reps and 20,000 rows); the time
    // is the fakes' HyperFormula computing Reps and Trends (53 weeks) over the log's whole columns.
  }, 180_000);
});

describe("endpoints refuse malformed payloads with a clear error and change nothing", () => {
  const junk: unknown[][] = [
    [],
    [null],
    [42],
    ["plan"],
    [{}],
    [{ version: 1 }],
    [{ ...samplePlan(), streams: [] }],
    [{ ...samplePlan(), kgi: { name: "x", target: -1, unit: "JPY" } }],
    [samplePlan(), "extra"],
    [{ ...samplePlan(), team: [{ name: "a" }, { name: "a" }] }],
  ];
  it.each(junk.map((j) => [JSON.stringify(j).slice(0, 60), j]))("kpiGenerate(%s)", (_label, args) => {
    const { fake, call } = addon();
    const before = fake.spreadsheet.sheetNames();
    const r = call("kpiGenerate", ...(args as unknown[]));
    expect(r.ok).toBe(false);
    expect(["invalid_arguments", "invalid_plan"]).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(fake.spreadsheet.sheetNames()).toEqual(before);
    expect(plain(r)).toEqual(r); // JSON-safe
  });

  it("answers in the user's language and names the field", () => {
    const { call } = addon({ locale: "ja" });
    const plan = samplePlan();
    (plan.streams[0]?.stages[1] as { rate?: number }).rate = 50;
    const r = call("kpiPreview", plan);
    expect(r.ok).toBe(false);
    expect(r.error.message).toContain("計画に誤り");
    expect(r.error.issues[0].path).toBe("streams[0].stages[1].rate");
  });

  it.each([
    ["kpiRecordReview", [{ note: 5 }]],
    ["kpiRecordReview", [{ note: "x", extra: 1 }]],
    ["kpiGetContext", ["unexpected"]],
  ])("%s(%j)", (name, args) => {
    const { call } = addon();
    const r = call(name, ...args);
    expect(r.ok).toBe(false);
    expect(plain(r)).toEqual(r);
  });
});
