// The keys an action row stores for what it aims at (metric-keys.ts): only text of our shapes — a key
// is how a rebuilt Review Log finds an action's metric again, so anything else is a plain row.
import { describe, expect, it } from "vitest";
import { isMetricKey, metricKey } from "../../src/workbook/metric-keys";

describe("isMetricKey", () => {
  it.each([
    [metricKey.kgi, true],
    [metricKey.stage("new_biz", "calls"), true],
    [metricKey.rate("s2", "appt_1"), true],
    [metricKey.kpi("nps"), true],
    ["KGI", false], // ids are lowercase
    ["stage:new_biz", false], // a stage needs its stream
    ["rate:new_biz.calls.x", false],
    ["kpi:", false],
    ["kpi:1st", false], // ids start with a letter
    [" kgi", false],
    ["kgi ", false],
    ["", false],
    [null, false],
    [0, false],
    [true, false],
    // Not text, though it reads as a key when turned into text.
    [["kgi"], false],
    [{ toString: () => "kpi:nps" }, false],
  ])("%j → %s", (value, key) => {
    expect(isMetricKey(value)).toBe(key);
  });
});
