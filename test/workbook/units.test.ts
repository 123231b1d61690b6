// Which number format a value gets from the unit a plan gives it (units.ts): money whole in its
// currency, a running count whole (its share of the period with one decimal), a percent as percent,
// anything else with decimals; units are matched as people type them, spaces and case aside.
import { describe, expect, it } from "vitest";
import { isCountUnit, isMoneyUnit, kgiFormatOf, shareFormat, unitFormat } from "../../src/workbook/units";

describe("money and count units", () => {
  it.each(["JPY", " jpy ", "円", "¥", "￥", "USD", "$", "EUR", "€", "£", "yen", "Dollars", "euro"])(
    "%j is money",
    (unit) => {
      expect(isMoneyUnit(unit)).toBe(true);
      expect(isCountUnit(unit)).toBe(false);
      expect(kgiFormatOf(unit)).toBe("currency");
    },
  );

  it.each(["件", " 社 ", "人", "名", "回", "個", "本", "台", "枚", "通", "count", "Counts"])(
    "%j counts",
    (unit) => {
      expect(isCountUnit(unit)).toBe(true);
      expect(isMoneyUnit(unit)).toBe(false);
      expect(kgiFormatOf(unit)).toBe("integer");
    },
  );

  it.each([undefined, "", "  ", "万円", "JPY/month", "件数", "days", "%"])("%j is neither", (unit) => {
    // 万円 (ten thousands of yen) and 件数 are not a currency or a counted thing as written.
    expect(isMoneyUnit(unit)).toBe(false);
    expect(isCountUnit(unit)).toBe(false);
    expect(kgiFormatOf(unit)).toBe("integer");
  });
});

describe("unitFormat and shareFormat", () => {
  it.each([
    // unit, as a running total, as a level
    ["%", "percent", "percent"],
    ["％", "percent", "percent"],
    ["JPY", "currency", "currency"],
    ["件", "integer", "decimal"], // an average of counts has fractions that matter
    [" 件 ", "integer", "decimal"],
    ["days", "decimal", "decimal"],
    [undefined, "decimal", "decimal"],
  ] as const)("%j: %s running, %s as a level", (unit, running, level) => {
    expect(unitFormat(unit, "running")).toBe(running);
    expect(unitFormat(unit, "level")).toBe(level);
  });

  it("a count's share of the period shows one decimal; other formats stay", () => {
    expect(shareFormat("integer")).toBe("tenths");
    for (const f of ["currency", "percent", "decimal", "tenths"] as const) expect(shareFormat(f)).toBe(f);
  });
});
