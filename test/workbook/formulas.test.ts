import { describe, expect, it } from "vitest";
import { planFunnel } from "../../src/domain/funnel";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { spread, templateCases } from "../support/sample";
import { loadSpec, named } from "../support/spec-engine";

describe("the generated workbook computed by a real engine", () => {
  // server/generate.test.ts takes the other language of each template through the bundle.
  it.each(templateCases(spread(templateIds, 4), 0))(
    "%s (%s): REQ_ named ranges equal the domain's required counts, with no error cells",
    (id, locale) => {
      const plan = templatePlan(id, locale);
      const spec = buildWorkbook(plan);
      const { hf } = loadSpec(spec);
      expect(named(hf, N.kgiTarget)).toBe(plan.kgi.target);
      for (const stream of planFunnel(plan)) {
        for (const stage of stream.stages) {
          expect(named(hf, N.required(stream.id, stage.id)), `${stream.id}.${stage.id}`).toBe(stage.required);
        }
      }
      for (const s of spec.sheets) {
        const values = hf.getSheetValues(hf.getSheetId(s.name) as number);
        values.forEach((row, r) => {
          row.forEach((v, c) => {
            const isError = typeof v === "object" && v !== null && "type" in v;
            expect(
              isError,
              `${s.name}!R${r + 1}C${c + 1}: ${JSON.stringify(v)} ${s.cells[r]?.[c]?.formula ?? ""}`,
            ).toBe(false);
          });
        });
      }
      hf.destroy();
    },
  );
});
