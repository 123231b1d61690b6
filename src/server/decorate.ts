// Validation, colour rules, charts and protection of a sheet: after every sheet, name and cell of the
// spec exists. On a log (Actuals, Review Log) only our columns' validation and our colour rules are
// set: the team's own colour rules and everything else they added stay.
import { midnightInZone } from "../domain/calendar-dates";
import { fills } from "../workbook/look";
import type { SheetKey, SheetSpec, WorkbookSpec } from "../workbook/spec";
import type { SheetSlot } from "./sheets";
import { range } from "./writer";

export function decorateSheet(
  slot: SheetSlot,
  spec: SheetSpec,
  workbook: WorkbookSpec,
  slots: ReadonlyMap<SheetKey, SheetSlot>,
  timeZone: string,
  /** On a log: the team's own colour rules there (read before the write phase), kept first. */
  theirRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [],
): void {
  const { sheet } = slot;
  for (const v of spec.validations) {
    const b = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(v.help);
    const rule = v.rule;
    if (rule.kind === "dateBetween") {
      // Dates as the spreadsheet's own midnight: the script's time zone may be another.
      b.requireDateBetween(midnightInZone(rule.from, timeZone), midnightInZone(rule.to, timeZone));
    } else if (rule.kind === "numberAtLeast") b.requireNumberGreaterThanOrEqualTo(rule.min);
    else {
      // The list's range from the spec (where the name points), not read back from the spreadsheet.
      const named = workbook.namedRanges.find((n) => n.name === rule.name);
      const home = named && slots.get(named.sheet);
      if (!named || !home) continue;
      b.requireValueInRange(range(home.sheet, named.rect), true);
    }
    range(sheet, v.rect).setDataValidation(b.build());
  }
  if (!spec.log || spec.conditionalFormats.length > 0) {
    const rules = spec.conditionalFormats.flatMap((cf) =>
      cf.rules.map((r) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(`=${r.formula}`)
          .setBackground(fills[r.fill])
          .setRanges([range(sheet, cf.rect)])
          .build(),
      ),
    );
    sheet.setConditionalFormatRules(spec.log ? [...theirRules, ...rules] : rules);
  }
  for (const c of spec.charts) {
    const chart = sheet
      .newChart()
      .setChartType(c.kind === "bar" ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
      .addRange(range(sheet, c.data))
      .setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0)
      .setOption("title", c.title)
      .build();
    sheet.insertChart(chart);
  }
  for (const p of spec.protections)
    range(sheet, p.rect).protect().setWarningOnly(true).setDescription(p.description);
  if (spec.hidden) sheet.hideSheet();
}
