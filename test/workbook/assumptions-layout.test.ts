// The Assumptions sheet as a person reads it, row by row (assumptions.ts; its figures are
// assumptions-sheet's): every section title, header, label and input with its style and format,
// written out by hand for the sample plan with a second stream that has a lead time, two manual KPIs
// and one holiday; and what a plan without manual KPIs or lead times leaves out.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";

function assumptions(plan: Plan): SheetSpec {
  const s = buildWorkbook(plan).sheets.find((x) => x.key === "assumptions");
  if (!s) throw new Error("no Assumptions sheet");
  return s;
}
/** A cell as text: its value (or "=" for a formula or an empty input), then /style and :format. */
const show = (c: CellSpec | null | undefined) =>
  c ? `${c.value ?? "="}${c.style ? `/${c.style}` : ""}${c.format ? `:${c.format}` : ""}` : null;
const rows = (s: SheetSpec) => s.cells.map((r) => r.slice(0, 5).map(show));
/** A row of five columns: the cells given, then empty. */
const row = (...cells: (string | null)[]) => [...cells, null, null, null, null, null].slice(0, 5);
const blank = row();

function fullPlan(): Plan {
  const p = samplePlan();
  p.calendar = { workdays: [1, 2, 3, 4, 5], holidays: ["2026-05-04"] };
  (p.streams[0] as Plan["streams"][number]).share = 0.8;
  p.streams.push({
    id: "up",
    name: "Upsell",
    share: 0.2,
    dealValue: 200_000,
    leadTimeDays: 30,
    stages: [
      { id: "offers", name: "Offers", rate: 0.2 },
      { id: "won", name: "Won" },
    ],
  });
  p.kpis.push(
    {
      id: "nps",
      name: "NPS",
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 40, unit: "%", aggregate: "average" },
    },
    {
      id: "csat",
      name: "CSAT",
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 4.2, aggregate: "average" },
    },
  );
  return p;
}

const PERIOD_ROW = row("=/formula:date", "=/formula:date", "=/formula:integer", "=/formula:decimal");

describe("the Assumptions sheet, row by row", () => {
  it("every section, header, label and input of a plan with a lead time, manual KPIs and a holiday", () => {
    expect(rows(assumptions(fullPlan()))).toEqual([
      row("FY2026 inside sales/title"),
      row("Blue cells are inputs: change one and every sheet follows./note"),
      blank,
      row("KGI (goal)/section"),
      row("KGI/label", "Annual revenue/input"),
      row("Target/label", "120000000/input:currency"),
      row("Unit/label", "JPY/input"),
      blank,
      row("Period/section"),
      row("Start/label", "2026-04-01/input:date"),
      row("End/label", "2027-03-31/input:date"),
      row("Granularity/label", "Monthly"),
      row("Days off (Mon–Sun, 1 = off)/label", "0000011/input:text"),
      row("Achievement: on track (green) at/label", "1/input:percent"),
      row("Achievement: watch (amber) at/label", "0.8/input:percent"),
      blank,
      row("Revenue streams/section"),
      // A lead-time column because one stream has one; the stream without leaves its cell empty.
      row(
        "Id/header",
        "Stream/header",
        "Share of KGI/header",
        "Deal value/header",
        "Lead time (days)/header",
      ),
      row("new_biz", "New business", "0.8/input:percent", "1000000/input:currency"),
      row("up", "Upsell", "0.2/input:percent", "200000/input:currency", "30/input:integer"),
      blank,
      row("Sales process (stages and conversion rates)/section"),
      row(
        "Stream/header",
        "Stage id/header",
        "Stage/header",
        "Rate to next stage/header",
        "Historical rate/header",
      ),
      row("New business", "calls", "Calls", "0.1/input:percent"),
      row("New business", "appointments", "Appointments", "0.5/input:percent"),
      row("New business", "meetings", "Meetings", "0.25/input:percent"),
      row("New business", "deals", "Deals"),
      row("Upsell", "offers", "Offers", "0.2/input:percent"),
      row("Upsell", "won", "Won"),
      blank,
      row("Team/section"),
      row("Rep/header", "Weight/header"),
      row("Sato/input", "1/input:decimal"),
      row("Suzuki/input", "1/input:decimal"),
      row("Takahashi/input", "2/input:decimal"),
      blank,
      // The manual KPIs only: NPS's 40 is 40%; CSAT has no unit, an empty text cell.
      row("Targets of manual KPIs/section"),
      row("ID/header", "KPI/header", "Target/header", "Unit/header"),
      row("nps", "NPS", "0.4/input:percent", "%"),
      row("csat", "CSAT", "4.2/input:decimal", ""),
      blank,
      // One holiday, then twenty empty date inputs to type more into.
      row("Holidays (not working days)/section"),
      row("Date/header"),
      row("2026-05-04/input:date"),
      ...Array.from({ length: 20 }, () => row("=/input:date")),
      blank,
      row("Periods/section"),
      row("Start/header", "End/header", "Working days/header", "Weight/header"),
      // April 2026 to March 2027: twelve months.
      ...Array.from({ length: 12 }, () => PERIOD_ROW),
      blank,
      row("Working days in total/label", "=/formula:integer"),
      blank,
      row("Measured actions (Review Log)/section"),
      row(
        "Periods compared before and after an action/label",
        "1/input:integer",
        "Before: this many periods up to the action's date; after: as many from the next day (through the as-of date). Counts per working day, rates as next stage ÷ this stage, manual levels as averages./note",
      ),
    ]);
  });

  it("no manual KPI: no section for their targets; no lead time: four columns of streams", () => {
    const r = rows(assumptions(samplePlan()));
    expect(r.some((x) => x[0] === "Targets of manual KPIs/section")).toBe(false);
    const streams = r.findIndex((x) => x[0] === "Revenue streams/section");
    expect(r.slice(streams + 1, streams + 3)).toEqual([
      row("Id/header", "Stream/header", "Share of KGI/header", "Deal value/header"),
      row("new_biz", "New business", "1/input:percent", "1000000/input:currency"),
    ]);
    // The team's section follows the team directly, then the holidays.
    const team = r.findIndex((x) => x[0] === "Team/section");
    expect(r[team + 6]).toEqual(row("Holidays (not working days)/section"));
  });

  it("one width for each of the five columns the stages' table fills", () => {
    expect(assumptions(samplePlan()).columnWidths).toHaveLength(5);
  });
});
