// The fakes keep Sheets' reference semantics: a reference is bound to a sheet or a named range when
// the formula is written. Renaming follows; deleting breaks it for good; a name that did not resolve
// when written never resolves later. The product depends on exactly this, so the fakes are strict.
import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";
import { breakReferences, references } from "../../src/local/apps-script/references";

const setup = () => {
  const fake = createAppsScriptGlobals();
  const ss = fake.globals.SpreadsheetApp.getActive();
  return { fake, ss, home: ss.getSheets()[0]! };
};

describe("references read from a formula's text", () => {
  it("finds sheets (quoted, unquoted, with ranges) and names, and skips strings, calls and cells", () => {
    const f = `=SUM('It''s here'!$A$1:B2)+Plain!C:C+KGI_TARGET*A1+IF(TRUE,"Gone!A1 NAME",$B$2)+NETWORKDAYS.INTL(X,Y)+'実績'!A2:A`;
    const refs = references(f).map((r) => (r.kind === "sheet" ? `sheet:${r.sheet}` : `name:${r.name}`));
    expect(refs).toEqual([
      "sheet:It's here",
      "sheet:Plain",
      "name:KGI_TARGET",
      "name:X",
      "name:Y",
      "sheet:実績",
    ]);
  });

  it("replaces what is gone by the error Sheets shows, and leaves the rest as written", () => {
    const f = "=SUM('Old'!A1:A3)+Keep!B1+OLD_NAME+KEEP";
    expect(breakReferences(f, (r) => (r.kind === "sheet" ? r.sheet === "Old" : r.name === "OLD_NAME"))).toBe(
      "=SUM(#REF!)+Keep!B1+#NAME?+KEEP",
    );
    expect(breakReferences(f, () => false)).toBe(f);
    expect(references("=#REF!+#DIV/0!+#N/A")).toEqual([]);
  });
});

describe("a formula is bound to the sheet it names, not to the name", () => {
  it("renaming the sheet rewrites the formula, and the value follows", () => {
    const { ss, home } = setup();
    const other = ss.insertSheet("Targets");
    other.getRange("B3").setValue(7);
    home.getRange("A1").setFormula("='Targets'!B3*2");
    other.setName("Goals 2027");
    expect(home.getRange("A1").getFormula()).toBe("='Goals 2027'!B3*2");
    expect(home.getRange("A1").getValue()).toBe(14);
  });

  it("deleting the sheet turns every reference into #REF! for good: a new sheet of that name does not revive it", () => {
    const { ss, home } = setup();
    const old = ss.insertSheet("Assumptions");
    old.getRange("A1:A3").setValues([[1], [2], [3]]);
    home
      .getRange("A1:C1")
      .setFormulas([["=Assumptions!A1", "=SUM('Assumptions'!A1:A3)", "=IFERROR(Assumptions!A2,-1)"]]);
    expect(home.getRange("A1:C1").getValues()).toEqual([[1, 6, 2]]);
    ss.deleteSheet(old);
    const again = ss.insertSheet("Assumptions");
    again.getRange("A1:A3").setValues([[10], [20], [30]]);
    expect(home.getRange("A1:C1").getValues()).toEqual([["#REF!", "#REF!", -1]]);
    expect(home.getRange("A1:C1").getFormulas()).toEqual([["=#REF!", "=SUM(#REF!)", "=IFERROR(#REF!,-1)"]]);
  });

  it("named ranges, chart ranges, validation ranges and rule ranges on a deleted sheet stay broken", () => {
    const { fake, ss, home } = setup();
    const log = ss.insertSheet("Actuals");
    log.getRange("A1:A2").setValues([[4], [5]]);
    ss.setNamedRange("ACT_CALLS", log.getRange("A1:A2"));
    home.getRange("A1").setFormula("=SUM(ACT_CALLS)");
    const SA = fake.globals.SpreadsheetApp;
    home
      .getRange("B1")
      .setDataValidation(SA.newDataValidation().requireValueInRange(log.getRange("A1:A2")).build());
    home.insertChart(home.newChart().addRange(log.getRange("A1:A2")).setPosition(1, 1, 0, 0).build());
    const rule = SA.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setRanges([log.getRange("A1")])
      .build();
    log.setConditionalFormatRules([rule]);
    expect(home.getRange("A1").getValue()).toBe(9);
    ss.deleteSheet(log);
    const again = ss.insertSheet("Actuals");
    again.getRange("A1:A2").setValues([[40], [50]]);
    expect(home.getRange("A1").getValue()).toBe("#REF!");
    expect(ss.getRangeByName("ACT_CALLS")).toBeNull();
    // Still listed, as Sheets lists a name whose sheet is gone; its range cannot be read.
    const named = ss.getNamedRanges().find((n) => n.getName() === "ACT_CALLS");
    expect(named).toBeDefined();
    expect(() => named?.getRange()).toThrow();
    expect(home.getCharts()[0]?.getRanges()).toEqual([]);
    expect(fake.spreadsheet.validations("Sheet1").B1?.values[0]).toBeNull();
  });

  it("a sheet that does not exist when the formula is written stays #REF! after it is created", () => {
    const { ss, home } = setup();
    home.getRange("A1").setFormula("=Later!A1+1");
    home.getRange("A2").setValues([["=SUM('Later'!A1:A2)"]]);
    const later = ss.insertSheet("Later");
    later.getRange("A1").setValue(1);
    expect(home.getRange("A1:A2").getValues()).toEqual([["#REF!"], ["#REF!"]]);
    expect(home.getRange("A1").getFormula()).toBe("=#REF!+1");
  });
});

describe("a formula is bound to the named range it uses", () => {
  it("a name that does not exist when written stays #NAME? after it is created", () => {
    const { ss, home } = setup();
    home.getRange("B1").setValue(5);
    home.getRange("A1").setFormula("=KGI_TARGET*2");
    ss.setNamedRange("KGI_TARGET", home.getRange("B1"));
    home.getRange("A2").setFormula("=KGI_TARGET*2");
    expect(home.getRange("A1:A2").getValues()).toEqual([["#NAME?"], [10]]);
  });

  it("NamedRange.setRange moves the name and the formulas follow; removing it breaks them for good", () => {
    const { ss, home } = setup();
    home.getRange("B1:B2").setValues([[5], [6]]);
    ss.setNamedRange("GOAL", home.getRange("B1"));
    home.getRange("A1").setFormula("=GOAL+1");
    ss.getNamedRanges()[0]?.setRange(home.getRange("B2"));
    expect(home.getRange("A1").getValue()).toBe(7);
    ss.removeNamedRange("GOAL");
    ss.setNamedRange("GOAL", home.getRange("B1"));
    expect(home.getRange("A1").getValue()).toBe("#NAME?");
    expect(home.getRange("A1").getFormula()).toBe("=#NAME?+1");
  });

  it("Spreadsheet.setNamedRange over an existing name is a new name: formulas on the old one break", () => {
    const { ss, home } = setup();
    home.getRange("B1:B2").setValues([[5], [6]]);
    ss.setNamedRange("GOAL", home.getRange("B1"));
    home.getRange("A1").setFormula("=GOAL");
    ss.setNamedRange("GOAL", home.getRange("B2"));
    home.getRange("A2").setFormula("=GOAL");
    expect(home.getRange("A1:A2").getValues()).toEqual([["#NAME?"], [6]]);
  });
});

describe("injected faults: a run that dies at a given call", () => {
  it("the n-th Spreadsheet call and every call after it throw without effect, until healed", () => {
    const { fake, home } = setup();
    fake.log.failAt(3);
    home.getRange("A1").setValue(1); // calls 1 and 2
    expect(fake.log.failed).toBe(false);
    expect(() => home.getRange("A2").setValue(2)).toThrow(/injected fault/); // dies at call 3
    expect(fake.log.failed).toBe(true);
    expect(() => home.getName()).toThrow(/injected fault/);
    fake.log.heal();
    expect(fake.spreadsheet.sheetValues("Sheet1", "A1:A2")).toEqual([[1], [""]]);
  });
});
