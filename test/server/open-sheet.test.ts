// kpiOpenSheet through dist/Code.js: the sidebar's links to the sheets it wrote activate them, as a
// click on the tab would; anything else is refused with a result, never a throw.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

/** A spreadsheet where the sample plan was generated. */
function generated(locale: "ja" | "en" = "en") {
  const a = addon({ locale });
  const r = a.call("kpiGenerate", samplePlan());
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const sheets = plain(r).value.sheets as { key: string; name: string; sheetId: number }[];
  const active = () => a.fake.spreadsheet.sheetNames().find((n) => a.fake.spreadsheet.sheet(n).active);
  return { ...a, sheets, active };
}

describe("kpiOpenSheet", () => {
  it("activates each written sheet by the id Generate returned, in one Sheet.activate call", () => {
    const { call, fake, sheets, active } = generated();
    expect(active()).toBe("Dashboard");
    expect(sheets.length).toBe(8);
    for (const s of sheets) {
      fake.log.reset();
      const r = plain(call("kpiOpenSheet", s.sheetId));
      expect(r).toEqual({ ok: true, value: { name: s.name, sheetId: s.sheetId } });
      expect(active()).toBe(s.name);
      expect(fake.log.count((e) => e.name === "Sheet.activate")).toBe(1);
    }
  });

  it("finds a sheet by name too, and the active sheet holds across executions", () => {
    const { call, other, sheets, active } = generated("ja");
    const actuals = sheets.find((s) => s.key === "actuals");
    if (!actuals) throw new Error("no actuals sheet");
    expect(plain(call("kpiOpenSheet", actuals.name)).value.sheetId).toBe(actuals.sheetId);
    expect(active()).toBe(actuals.name);
    expect(plain(other().call("kpiGetContext")).ok).toBe(true);
    expect(active()).toBe(actuals.name);
  });

  it("refuses a sheet that is gone or hidden, in the user's language, changing nothing", () => {
    const { call, fake, active } = generated("ja");
    const before = active();
    expect(before).toBeDefined();
    const hidden = fake.spreadsheet.sheetNames().find((n) => fake.spreadsheet.sheet(n).hidden);
    expect(hidden).toBeDefined();
    for (const which of [987654321, "存在しないシート", hidden]) {
      const r = plain(call("kpiOpenSheet", which));
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe("no_sheet");
      expect(r.error.message).toContain("見つかりません");
      expect(active()).toBe(before);
    }
  });

  it.each([[[]], [[-1]], [[1.5]], [[""]], [["x".repeat(101)]], [[{ sheetId: 1 }]], [[null]], [[1, 2]]])(
    "refuses the arguments %j",
    (args) => {
      const { call, fake } = addon();
      fake.log.reset();
      const r = plain(call("kpiOpenSheet", ...args));
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe("invalid_arguments");
      expect(fake.log.count((e) => e.name === "Sheet.activate")).toBe(0);
    },
  );
});
