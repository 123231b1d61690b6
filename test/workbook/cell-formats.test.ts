// Writers set a cell's number format before its value (a cell rewritten in place keeps last time's
// format until then). A plain-text format would make Sheets store a formula as its text, so no
// formula of ours may carry one.
import { describe, expect, it } from "vitest";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";

describe("cell formats a writer can lay down before the values", () => {
  it.each(templateIds.flatMap((id) => [[id, "ja"] as const, [id, "en"] as const]))(
    "%s (%s): no formula cell is formatted as plain text",
    (id, locale) => {
      const spec = buildWorkbook(templatePlan(id, locale));
      const textFormulas = spec.sheets.flatMap((s) =>
        s.cells.flatMap((row, r) =>
          row.flatMap((c, col) =>
            c?.formula !== undefined && c.format === "text" ? [`${s.name}!R${r + 1}C${col + 1}`] : [],
          ),
        ),
      );
      expect(textFormulas).toEqual([]);
    },
  );
});
