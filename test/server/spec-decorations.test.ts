// What the writer sets beside the cells, exactly as the spec says: each validation on every cell of its
// rect (its rule, help text, invalid input shown with a warning, not refused), the colour rules in the
// spec's order with their formula, fill and range, each chart (type, data, place, title), the
// warning-only protections and the hidden sheet. Generate through dist/Code.js over the fakes and read
// the sheets back against the spec of the same plan (the spec's content is judged by the workbook's
// tests; this judges the laying of it).
import { describe, expect, it } from "vitest";
import { isoDateInZone } from "../../src/domain/calendar-dates";
import { rectA1 } from "../../src/workbook/a1";
import { buildWorkbook } from "../../src/workbook/build";
import { fills } from "../../src/workbook/look";
import type { Rect, SheetSpec, ValidationRule } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

const timeZone = "America/Los_Angeles";

const generations = [
  { runs: 1, when: "first Generate" },
  { runs: 2, when: "generated again" },
];

function generated(runs: number, first = samplePlan()) {
  const a = addon({ locale: "en", timeZone });
  const before = a.fake.spreadsheet.sheetNames();
  const plan = samplePlan();
  // Generated once, or over an earlier run (of the same plan, or of `first`): a regeneration rewrites
  // our sheets in place and leaves nothing of before (no doubled chart, protection or rule).
  if (runs > 1) expect(a.call("kpiGenerate", first).ok).toBe(true);
  const r = a.call("kpiGenerate", plan);
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const spec = buildWorkbook(plan, { foreignSheetNames: before });
  return { spec, fake: a.fake, ss: a.fake.globals.SpreadsheetApp.getActive() };
}

/** The sample with a stage between Meetings and Deals: every row below the stages moves. */
function moreStages() {
  const plan = samplePlan();
  const stages = plan.streams[0]?.stages ?? [];
  stages.splice(stages.length - 1, 0, { id: "proposals", name: "Proposals", rate: 0.5 });
  return plan;
}

const cellsOf = (rect: Rect) =>
  Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) =>
      rectA1({ row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 }, false),
    ),
  ).flat();
const where = (s: SheetSpec, rect: Rect) => `${s.name}!${rectA1(rect, false)}`;

describe("the writer sets each sheet's validations, colour rules, charts and protections", () => {
  it.each(generations)(
    "every validated cell has its rule, help text and warning, and no other cell has one ($when)",
    ({ runs }) => {
      const { spec, fake } = generated(runs);
      let seen = 0;
      for (const s of spec.sheets) {
        const got = fake.spreadsheet.validations(s.name);
        const want: Record<string, { help: string; rule: ValidationRule }> = {};
        for (const v of s.validations) for (const a1 of cellsOf(v.rect)) want[a1] = v;
        expect(Object.keys(got).sort(), s.name).toEqual(Object.keys(want).sort());
        for (const [a1, v] of Object.entries(want)) {
          const rule = got[a1];
          seen++;
          expect([rule?.helpText, rule?.allowInvalid], `${s.name}!${a1}`).toEqual([v.help, true]);
          const r = v.rule;
          if (r.kind === "dateBetween") {
            expect(rule?.criteria).toBe("DATE_BETWEEN");
            const days = ((rule?.values ?? []) as Date[]).map((d) => isoDateInZone(d, timeZone));
            expect(days, `${s.name}!${a1}`).toEqual([r.from, r.to]);
          } else if (r.kind === "numberAtLeast") {
            expect([rule?.criteria, rule?.values], `${s.name}!${a1}`).toEqual([
              "NUMBER_GREATER_THAN_OR_EQUAL_TO",
              [r.min],
            ]);
          } else {
            const named = spec.namedRanges.find((n) => n.name === r.name);
            const home = spec.sheets.find((h) => h.key === named?.sheet);
            expect(home, r.name).toBeDefined();
            expect([rule?.criteria, rule?.values], `${s.name}!${a1}`).toEqual([
              "VALUE_IN_RANGE",
              [where(home as SheetSpec, named?.rect as Rect), true],
            ]);
          }
        }
      }
      // The sample's sheets validate dates, numbers and lists: each branch above was taken.
      const kinds = new Set(spec.sheets.flatMap((s) => s.validations.map((v) => v.rule.kind)));
      expect([...kinds].sort()).toEqual(["dateBetween", "listFromNamedRange", "numberAtLeast"]);
      expect(seen).toBeGreaterThan(10);
    },
  );

  it("generated over a plan of a stage more: no validation is left where the other plan had one", () => {
    const { spec, fake } = generated(2, moreStages());
    for (const s of spec.sheets.filter((x) => !x.log)) {
      const want = new Set(s.validations.flatMap((v) => cellsOf(v.rect)));
      expect(Object.keys(fake.spreadsheet.validations(s.name)).sort(), s.name).toEqual([...want].sort());
    }
  });

  it.each(generations)(
    "colour rules: one per spec rule, in order, with its formula, fill and range ($when)",
    ({ runs }) => {
      const { spec, fake } = generated(runs);
      const withRules = spec.sheets.filter((s) => s.conditionalFormats.length > 0);
      expect(withRules.length).toBeGreaterThan(2);
      for (const s of spec.sheets) {
        const want = s.conditionalFormats.flatMap((cf) =>
          cf.rules.map((r) => ({
            ranges: [where(s, cf.rect)],
            criteria: "CUSTOM_FORMULA",
            values: [`=${r.formula}`],
            background: fills[r.fill].toLowerCase(),
          })),
        );
        expect(fake.spreadsheet.conditionalRules(s.name), s.name).toEqual(want);
      }
    },
  );

  it.each(generations)(
    "charts: type, data, anchor and title; warning-only protections; the hidden sheet ($when)",
    ({ runs }) => {
      const { spec, fake, ss } = generated(runs);
      expect(spec.sheets.some((s) => s.charts.length > 0)).toBe(true);
      expect(spec.sheets.some((s) => s.protections.length > 0)).toBe(true);
      expect(spec.sheets.some((s) => s.hidden)).toBe(true);
      for (const s of spec.sheets) {
        expect(
          fake.spreadsheet
            .charts(s.name)
            .map((c) => [c.type, c.ranges, c.anchorRow, c.anchorColumn, c.options.title]),
          s.name,
        ).toEqual(
          s.charts.map((c) => [
            c.kind === "bar" ? "BAR" : "COLUMN",
            [where(s, c.data)],
            c.anchor.row + 1,
            c.anchor.col + 1,
            c.title,
          ]),
        );
        expect(
          fake.spreadsheet
            .protections(s.name)
            .filter((p) => p.type === "RANGE")
            .map((p) => [p.range, p.description, p.warningOnly]),
          s.name,
        ).toEqual(s.protections.map((p) => [where(s, p.rect), p.description, true]));
        expect(ss.getSheetByName(s.name)?.isSheetHidden(), s.name).toBe(s.hidden);
      }
    },
  );
});
