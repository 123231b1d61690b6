// The pieces of the Trends sheet and of regeneration that stand alone, against a hand tally: last
// period's and this period's % of plan and what moved most (trends-moved.ts), the sparkline's text
// fallback (sparkline.ts), computed in HyperFormula over typed values; and whether a plan is a new one
// for an old log, with the names its archived parts take (log-decision.ts).
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { pick } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import { L } from "../../src/workbook/labels";
import { archiveSheetName, isNewPlan, retiredKgiKey } from "../../src/workbook/log-decision";
import { sparkFallback, sparkline } from "../../src/workbook/sparkline";
import { comparison, movedMostFormula } from "../../src/workbook/trends-moved";
import { samplePlan } from "../fixtures/plans";
import { sheetsConfig } from "../support/hyperformula";

type Cell = number | string | null;

/** The value of each formula over a sheet "Data" holding `data`. */
function values(data: Cell[][], formulas: string[]): unknown[] {
  const hf = HyperFormula.buildFromSheets({ Data: data, Calc: [formulas.map((f) => `=${f}`)] }, sheetsConfig);
  const sheet = hf.getSheetId("Calc") as number;
  return formulas.map((_, col) => {
    const v = hf.getCellValue({ sheet, row: 0, col });
    return typeof v === "number" ? Number(v.toPrecision(12)) : v;
  });
}

describe("last period against this one", () => {
  // % of plan in four periods; the fourth not begun.
  const RATIOS: Cell[] = [0.5, 0.8, 0.6, ""];
  const at = (now: number) => {
    const c = comparison("Data!$A$1:$D$1", "Data!$A$2", "Data!$A$3", "Data!$B$3");
    const [previous, current] = values([RATIOS, [now]], [c.previous, c.current]);
    const [moved] = values([RATIOS, [now], [previous as Cell, current as Cell]], [c.moved]);
    return { previous, current, moved };
  };

  it("in period 3: 80% then 60%, moved 20 points (down counts as much as up)", () => {
    expect(at(3)).toEqual({ previous: 0.8, current: 0.6, moved: 0.2 });
  });

  it("in the first period there is nothing before; before the plan, nothing at all", () => {
    expect(at(1)).toEqual({ previous: "", current: 0.5, moved: "" });
    expect(at(0)).toEqual({ previous: "", current: "", moved: "" });
  });

  it("a period with no % of plan yet moves nothing", () => {
    expect(at(4)).toEqual({ previous: 0.6, current: "", moved: "" });
  });
});

describe("what moved most", () => {
  const t = (x: { ja: string; en: string }) => pick(x, "en");
  const cols = {
    names: "Data!$A$1:$A$4",
    previous: "Data!$B$1:$B$4",
    current: "Data!$C$1:$C$4",
    moved: "Data!$D$1:$D$4",
  };
  const sentence = (rows: Cell[][], now: number) =>
    values(
      [...rows, ...Array.from({ length: 4 - rows.length }, () => []), [now]],
      [movedMostFormula(t, "Data!$A$5", cols)],
    )[0];

  it("names the metric that moved most either way, with both values in whole percent; ties to the earlier", () => {
    const rows: Cell[][] = [
      ["Calls", 0.824, 0.615, 0.209],
      ["Deals", 0.5, 0.9, 0.4],
      ["Rate", 0.4, 0, 0.4],
      ["Level", "", "", ""],
    ];
    expect(sentence(rows, 3)).toBe("Deals: 50% → 90% of plan");
    // Calls moving most, down: 82% → 62% (0.615 rounds up).
    rows[1] = ["Deals", 0.5, 0.6, 0.1];
    rows[2] = ["Rate", 0.4, 0.3, 0.1];
    expect(sentence(rows, 3)).toBe("Calls: 82% → 62% of plan");
  });

  it("says why there is nothing to name: no period before, or no % of plan to compare", () => {
    expect(sentence([["Calls", 0.8, 0.6, 0.2]], 1)).toBe(L.movedNoPrevious.en);
    expect(sentence([["Calls", "", "", ""]], 2)).toBe(L.movedNoData.en);
  });
});

describe("the sparkline's fallback: one bar per period, up to 8, scaled to the row's largest", () => {
  // Ten periods; largest 7, so bar = ROUND(7 × value ÷ 7) of " ▁▂▃▄▅▆▇█" (0 → ▁, 7 → █), "" → space.
  const ROW: Cell[] = [7, 0, 3.5, "", 7, 1, 2, 3, 4, 5];
  const draw = (p: number, row = ROW) =>
    values([row, [p]], [sparkFallback("Data!$A$1:$J$1", "Data!$A$2", row.length)])[0];

  it("through period 5: the five periods there are", () => {
    // 7 █, 0 ▁, 3.5 → 4 ▅, blank, 7 █.
    expect(draw(5)).toBe("█▁▅ █");
  });

  it("through period 10: the last eight", () => {
    expect(draw(10)).toBe("▅ █▂▃▄▅▆");
  });

  it("before the plan nothing; a row of zeros is blank bars", () => {
    expect(draw(0)).toBe("");
    expect(draw(3, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe("   ");
  });

  it("an engine without SPARKLINE shows the fallback", () => {
    const [cell] = values([ROW, [5]], [sparkline("Data!$A$1:$J$1", "Data!$A$2", 10)]);
    expect(cell).toBe("█▁▅ █");
  });
});

describe("a plan generated over a log kept under another plan", () => {
  const stored = samplePlan(); // Annual revenue (JPY), 2026-04-01 to 2027-03-31
  const next = (change: (p: Plan) => void) => {
    const p = samplePlan();
    change(p);
    return p;
  };

  it("is the same plan revised while its KGI is the same (case and spaces aside) and the periods overlap", () => {
    expect(
      isNewPlan(
        stored,
        next((p) => (p.kgi.name = "  annual REVENUE ")),
      ),
    ).toBe(false);
    expect(
      isNewPlan(
        stored,
        next((p) => (p.kgi.unit = "jpy")),
      ),
    ).toBe(false);
    // Sharing one day, either end.
    expect(
      isNewPlan(
        stored,
        next((p) => (p.period = { ...p.period, start: "2027-03-31", end: "2028-03-30" })),
      ),
    ).toBe(false);
    expect(
      isNewPlan(
        stored,
        next((p) => (p.period = { ...p.period, start: "2025-04-01", end: "2026-04-01" })),
      ),
    ).toBe(false);
  });

  it("is a new plan with another KGI or a period that shares no day", () => {
    expect(
      isNewPlan(
        stored,
        next((p) => (p.kgi.name = "Gross profit")),
      ),
    ).toBe(true);
    expect(
      isNewPlan(
        stored,
        next((p) => (p.kgi.unit = "deals")),
      ),
    ).toBe(true);
    expect(
      isNewPlan(
        stored,
        next((p) => (p.period = { ...p.period, start: "2027-04-01", end: "2028-03-31" })),
      ),
    ).toBe(true);
    expect(
      isNewPlan(
        stored,
        next((p) => (p.period = { ...p.period, start: "2025-04-01", end: "2026-03-31" })),
      ),
    ).toBe(true);
  });

  it("retires the old KGI's column under the first free key", () => {
    expect(retiredKgiKey(["date", null])).toBe("archived:old-kgi:1");
    expect(retiredKgiKey(["archived:old-kgi:1", "archived:old-kgi:2", "archived:old-kgi:4"])).toBe(
      "archived:old-kgi:3",
    );
  });

  it("names the set-aside log by its period, unique among the sheets ignoring case", () => {
    expect(archiveSheetName("Actuals", stored, ["Actuals"])).toBe("Actuals 2026-04-01–2027-03-31");
    expect(
      archiveSheetName("Actuals", stored, [
        "actuals 2026-04-01–2027-03-31",
        "ACTUALS 2026-04-01–2027-03-31 (2)",
      ]),
    ).toBe("Actuals 2026-04-01–2027-03-31 (3)");
  });
});
