import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { jsonSafe } from "../../src/local/preview/session";

describe("what a server function returns, as the sidebar receives it", () => {
  it("is plain JSON", () => {
    expect(jsonSafe({ a: [1, "x", null], b: { c: true } })).toEqual({ a: [1, "x", null], b: { c: true } });
    expect(jsonSafe(undefined)).toBeUndefined();
  });

  it("is null when it holds a Date anywhere, from any realm, as Apps Script hands it over", () => {
    expect(jsonSafe({ rows: [[1, new Date(0)]] })).toBeNull();
    const scriptDate = vm.runInNewContext("new Date(0)");
    expect(jsonSafe([{ at: scriptDate }])).toBeNull();
  });
});
