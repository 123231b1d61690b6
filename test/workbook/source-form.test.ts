// A form's response sheet connected as a source (issue 19), computed by HyperFormula: the Dashboard,
// Reps and Trends count every response on its local date (timestamps with a time of day), per rep
// and per period, equal to the hand tally in test/fixtures/form-responses.ts and to what `status`
// reads from the same rows; responses added after connecting count with no regeneration.
import type { RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { remediesFor } from "../../src/domain/playbook";
import { placeMapping, proposeMapping } from "../../src/domain/source/header-mapping";
import { logColumns } from "../../src/domain/status/log-columns";
import { readLog } from "../../src/domain/status/log-entries";
import { statusReport } from "../../src/domain/status/report";
import { Tally } from "../../src/domain/status/tally";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import type { ConnectedSource } from "../../src/workbook/source";
import { logFields } from "../../src/workbook/source-fields";
import {
  dayFraction,
  FORM_AFTER,
  FORM_AS_OF,
  FORM_BEFORE,
  FORM_HEADER,
  FORM_SHEET,
  FORM_TALLY,
  type FormResponse,
} from "../fixtures/form-responses";
import { jaPlan } from "../fixtures/plans";
import { loadSpec, serial } from "../support/spec-engine";
import { dashboardAgrees, repsAgree, trendsAgree } from "../support/status-compare";

const row = (r: FormResponse): RawCellContent[] => [serial(r[0]) + dayFraction(r[1]), ...r.slice(2)];

function connect(plan: Plan, counts: "add" | "instead"): ConnectedSource {
  const proposal = proposeMapping(FORM_HEADER, logFields(plan));
  expect(proposal.asks).toEqual([]);
  const placed = placeMapping(FORM_HEADER, proposal.mapping);
  if (!placed.ok) throw new Error("not placed");
  return { sheetName: FORM_SHEET, counts, columns: placed.columns, mapping: proposal.mapping };
}

/** What status reads from the same responses (a timestamp is a serial with a fraction). */
function report(plan: Plan, responses: FormResponse[], source: ConnectedSource) {
  const read = readLog(
    {
      name: FORM_SHEET,
      columns: logColumns(source.columns, plan),
      rows: responses.map((r) =>
        row(r).map((v) =>
          typeof v === "number"
            ? { kind: "number" as const, value: v }
            : v === null || v === ""
              ? { kind: "blank" as const }
              : { kind: "text" as const, text: String(v) },
        ),
      ),
    },
    plan.period,
    plan.team.map((m) => m.name),
  );
  return statusReport({
    plan,
    tally: new Tally(read.entries),
    unreadable: read.unreadable,
    asOf: FORM_AS_OF,
    actionsFor: (stream, stage) => remediesFor(plan, stream, stage),
  });
}

function generated(plan: Plan, source: ConnectedSource, actuals: CellValue[][] = []) {
  const columns = planColumns(plan);
  const spec = buildWorkbook(plan, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows: actuals },
    foreignSheetNames: [FORM_SHEET],
    source,
  });
  const { hf, sheet } = loadSpec(spec, {}, { [FORM_SHEET]: [FORM_HEADER, ...FORM_BEFORE.map(row)] });
  const asOf = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!asOf) throw new Error("no as-of");
  hf.setCellContents({ sheet: sheet("dashboard"), row: asOf.row, col: asOf.col }, serial(FORM_AS_OF));
  const form = hf.getSheetId(FORM_SHEET) as number;
  return { spec, hf, sheet, form };
}

describe("a form's responses connected as a source, in HyperFormula", () => {
  const plan = jaPlan();
  const source = connect(plan, "add");

  it("counts every response as the hand tally, then the responses that arrive after connecting", () => {
    const { spec, hf, sheet, form } = generated(plan, source);
    const { col, kgiRow, kpiRows } = spec.dashboard;
    const actual = (i: number) => hf.getSheetValues(sheet("dashboard"))[i]?.[col.actual];
    const calls = kpiRows[plan.kpis.findIndex((k) => k.id === "calls")] as number;
    const deals = kpiRows[plan.kpis.findIndex((k) => k.id === "deals")] as number;
    expect([actual(kgiRow), actual(calls), actual(deals)]).toEqual([
      FORM_TALLY.before.kgi,
      FORM_TALLY.before.calls,
      FORM_TALLY.before.deals,
    ]);
    dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), report(plan, FORM_BEFORE, source));

    // Two new responses land below the others, as a form appends them: nothing is regenerated.
    hf.setCellContents({ sheet: form, row: FORM_BEFORE.length + 1, col: 0 }, FORM_AFTER.map(row));
    expect([actual(kgiRow), actual(calls), actual(deals)]).toEqual([
      FORM_TALLY.after.kgi,
      FORM_TALLY.after.calls,
      FORM_TALLY.after.deals,
    ]);
    const all = [...FORM_BEFORE, ...FORM_AFTER];
    const r = report(plan, all, source);
    for (const [name, want] of Object.entries(FORM_TALLY.after.reps)) {
      const rep = r.reps.find((x) => x.name === name);
      expect([rep?.kpis.find((k) => k.id === "calls")?.actual, rep?.kgi.actual], name).toEqual([
        want.calls,
        want.kgi,
      ]);
    }
    const month = (p: number) => r.periods[p]?.stages.find((s) => s.stage === "calls")?.actual;
    expect([month(0), month(1)]).toEqual(FORM_TALLY.after.callsByMonth);
    dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), r);
    repsAgree(hf.getSheetValues(sheet("reps")), r);
    trendsAgree(plan, hf.getSheetValues(sheet("trends")), r);
    hf.destroy();
  });

  it("counts Actuals too when added, and only the source when it counts instead", () => {
    // One Actuals row: 佐藤 100 calls on 04-02.
    const columns = planColumns(plan);
    const typed = [
      columns.map((c) =>
        c.key === "date"
          ? "2026-04-02"
          : c.key === "rep"
            ? "佐藤"
            : c.key === "stage:new_biz.calls"
              ? 100
              : null,
      ),
    ];
    const callsOf = (counts: "add" | "instead") => {
      const { spec, hf, sheet } = generated(plan, connect(plan, counts), typed);
      const i = spec.dashboard.kpiRows[plan.kpis.findIndex((k) => k.id === "calls")] as number;
      const v = hf.getSheetValues(sheet("dashboard"))[i]?.[spec.dashboard.col.actual];
      hf.destroy();
      return v;
    };
    expect(callsOf("add")).toBe(FORM_TALLY.before.calls + 100);
    expect(callsOf("instead")).toBe(FORM_TALLY.before.calls);
  });
});
