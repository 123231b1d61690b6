import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";

const kpiHeader = (locale: "ja" | "en") => {
  const tree = buildWorkbook(templatePlan("inside_sales_minimal", locale)).sheets.find(
    (s) => s.key === "tree",
  );
  const row = tree?.cells.find((r) => r.some((c) => c?.value === "KPI"));
  return row?.map((c) => c?.value);
};

describe("KPI Tree", () => {
  it("heads each KPI's columns with what they hold, the definition included", () => {
    const plan = templatePlan("inside_sales_minimal", "en");
    const header = kpiHeader("en");
    expect(header).toContain("Definition");
    expect(header).not.toContain("Name");
    const tree = buildWorkbook(plan).sheets.find((s) => s.key === "tree");
    const at = header?.indexOf("Definition") ?? -1;
    const first = plan.kpis[0];
    const row = tree?.cells.find((r) => r[1]?.value === first?.name);
    expect(row?.[at]?.value).toBe(first?.definition ?? "");
    expect(kpiHeader("ja")).toContain("定義");
  });
});
