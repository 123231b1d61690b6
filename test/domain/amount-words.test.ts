// Amounts as people type them: Japanese unit words and 円, English k / M / B, full-width digits;
// anything that could be read two ways is refused (null), never guessed.
import { describe, expect, it } from "vitest";
import { hasAmountWords, parseAmount } from "../../src/domain/amount-words";

describe("parseAmount", () => {
  it.each([
    // Japanese unit words
    ["6000万", 60_000_000],
    ["1.2億", 120_000_000],
    ["6,000万円", 60_000_000],
    ["1億2,000万円", 120_000_000],
    ["1億2000万", 120_000_000],
    ["5千万", 50_000_000],
    ["1億5千万円", 150_000_000],
    ["3千", 3_000],
    ["1万5千", 15_000],
    ["2.5万", 25_000],
    ["６０００万円", 60_000_000],
    // plain numbers, as before
    ["６０，０００，０００", 60_000_000],
    ["60,000,000", 60_000_000],
    ["60000000", 60_000_000],
    ["60 000 000", 60_000_000],
    ["60000000円", 60_000_000],
    ["1234.5", 1_234.5],
    ["6e7", 60_000_000],
    ["0", 0],
    // English suffixes: k thousand, M (or m) million, B / bn billion
    ["60M", 60_000_000],
    ["60m", 60_000_000],
    ["1.5m", 1_500_000],
    ["1.2k", 1_200],
    ["250K", 250_000],
    ["1.2B", 1_200_000_000],
    ["2bn", 2_000_000_000],
    ["1,500k", 1_500_000],
    // a sign is kept: the plan check then says the amount must be greater than 0
    ["-6000万", -60_000_000],
    ["－60,000,000", -60_000_000],
    // a minus sign (U+2212) or a long mark typed for one: 60M = 60,000,000; 5千 = 5,000
    ["−60M", -60_000_000],
    ["ー5千", -5_000],
    // a plus sign is dropped: 6000万 = 60,000,000
    ["+6000万", 60_000_000],
    // Japanese punctuation: 。 a decimal point (1.2億 = 120,000,000), 、 a thousands comma
    ["1。2億", 120_000_000],
    ["6、000万", 60_000_000],
    // a decimal before 千: 2.5千 = 2,500
    ["2.5千", 2_500],
    ["12千", 12_000],
  ])("%s → %d", (typed, amount) => {
    expect(parseAmount(typed)).toBe(amount);
  });

  it.each([
    ["", "empty"],
    ["円", "a unit alone"],
    ["万", "a unit word alone"],
    ["1億5", "a bare number after a unit word: 100,000,005 or 150,000,000?"],
    ["1億5千", "thousands straight after 億: 100,005,000 or 150,000,000?"],
    ["1.5億2000万", "a decimal in a compound"],
    ["2万3億", "units out of order"],
    ["3万万", "a unit twice"],
    ["3万k", "Japanese and English units mixed"],
    ["1,5", "a comma that is not a thousands separator: 1.5 or 15?"],
    ["1,5M", "the same with a suffix"],
    ["6,00,00,000", "commas not in threes"],
    ["60mm", "MM (finance) or millimetres: not guessed"],
    ["¥60M", "a currency sign (the unit field says the currency)"],
    ["sixty", "words"],
    ["60万円台", "text after the amount"],
    ["1万5", "a bare number after 万: 10,005 or 15,000?"],
    ["億5万", "a unit word with no number before it"],
    ["1、5", "、 typed as a comma that is not a thousands separator"],
    ["6eー7", "a long mark inside a number is not a minus"],
    ["3千5", "a bare number after 千"],
  ])("refuses %j (%s)", (typed) => {
    expect(parseAmount(typed)).toBeNull();
  });

  it("reads minus zero as 0, not -0", () => {
    expect(parseAmount("-0")).toBe(0); // toBe tells -0 from 0
  });

  it("tells an amount with words from a plain number", () => {
    expect(hasAmountWords("6000万")).toBe(true);
    expect(hasAmountWords("60M")).toBe(true);
    expect(hasAmountWords("60,000,000円")).toBe(true);
    expect(hasAmountWords("60,000,000")).toBe(false);
    expect(hasAmountWords("６０，０００，０００")).toBe(false);
    // a suffix counts only straight after the digits (spaces aside) and at the end
    expect(hasAmountWords("60 m ")).toBe(true);
    expect(hasAmountWords("5 kg")).toBe(false);
    expect(hasAmountWords("10am")).toBe(false);
  });
});
