// When the wizard may offer a rate from the team's log: at least 30 counted, and a rate in (0, 1].
import { describe, expect, it } from "vitest";
import { enoughHistory } from "../../src/domain/history-range";

describe("enoughHistory", () => {
  it.each([
    // the count: 30 is the least that is enough
    [{ n: 30, rate: 0.2 }, true],
    [{ n: 29, rate: 0.2 }, false],
    [{ n: 31, rate: 0.2 }, true],
    // the rate: none, 0 (nothing converted: no plan can use it), just above 0, 1 (all went on), above 1
    [{ n: 100, rate: null }, false],
    [{ n: 100, rate: 0 }, false],
    [{ n: 100, rate: 0.01 }, true],
    [{ n: 100, rate: 1 }, true],
    [{ n: 100, rate: 1.01 }, false],
    [{ n: 100, rate: -0.1 }, false],
    // a short history with a good rate is still not enough
    [{ n: 5, rate: 0.5 }, false],
  ])("%o → %s", (h, want) => {
    expect(enoughHistory(h)).toBe(want);
  });
});
