// A .csv's bytes and fields as a spreadsheet opens them (src/cli/csv-file.ts).
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvCell, csvText } from "../../src/cli/csv-file";

describe("csvText: the encodings teams' exports come in", () => {
  const text = "日付,担当者,架電①\n2026/04/01,髙橋,3\n";
  it.each([
    ["UTF-8", Buffer.from(text, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    // cp932 is what Japanese Excel writes: ① and 髙 are not in JIS X 0208's Shift_JIS.
    ["Shift_JIS (cp932)", iconv.encode(text, "cp932")],
  ])("%s", (_name, bytes) => {
    expect(csvText(bytes)).toBe(text);
  });
});

describe("csvCell: one field as the cell it becomes", () => {
  it.each([
    ["", null],
    ["42", 42],
    ["-1.5", -1.5],
    ["1,234,567", 1_234_567],
    ["1,23", "1,23"],
    ["0x10", "0x10"],
    ["TRUE", true],
    ["false", false],
    ["2026-04-01", new Date(Date.UTC(2026, 3, 1))],
    ["2026/4/1", new Date(Date.UTC(2026, 3, 1))],
    // A timestamp counts on the date it shows: Google Forms in Japanese, an ISO time with a zone.
    ["2027/01/05 9:15:02", new Date(Date.UTC(2027, 0, 5))],
    ["2027/01/05 23:59", new Date(Date.UTC(2027, 0, 5))],
    ["2027-01-05T23:30:00+09:00", new Date(Date.UTC(2027, 0, 5))],
    ["2026-04-31", "2026-04-31"],
    ["2026/02/29", "2026/02/29"],
    ["2027/01/05 24:00:00", "2027/01/05 24:00:00"],
    ["架電", "架電"],
  ])("%j", (field, cell) => {
    expect(csvCell(field)).toEqual(cell);
  });
});
