// The incomplete beta function under Student's t, against closed forms worked by hand:
// I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b (Abramowitz & Stegun 26.5.x special cases).
import { describe, expect, it } from "vitest";
import { incompleteBeta, studentTCdf } from "../../src/domain/student-t";

describe("incompleteBeta", () => {
  it("a shape parameter below ½ (Γ by reflection): I_x(¼, 1) = x^¼", () => {
    // (1/16)^¼ = ½; 0.0081^¼ = 0.3
    expect(incompleteBeta(1 / 16, 0.25, 1)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.0081, 0.25, 1)).toBeCloseTo(0.3, 12);
  });

  it("the other side of the fraction's switch: I_x(1, ¼) = 1 − (1 − x)^¼", () => {
    // x = 0.9375: 1 − 0.0625^¼ = 1 − 0.5 = 0.5; x = 0.9919: 1 − 0.0081^¼ = 0.7
    expect(incompleteBeta(0.9375, 1, 0.25)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.9919, 1, 0.25)).toBeCloseTo(0.7, 12);
  });

  it("near 1 with a large a: I_x(20, 1) = x^20", () => {
    // 0.99^20 = 0.8179069375972307; 0.999^40 = 0.960776…
    expect(incompleteBeta(0.99, 20, 1)).toBeCloseTo(0.8179069375972307, 12);
    expect(incompleteBeta(0.9, 1, 3)).toBeCloseTo(0.999, 12); // 1 − 0.1³
    expect(incompleteBeta(0.3, 3, 1)).toBeCloseTo(0.027, 12); // 0.3³
  });

  it("far above the mean it takes the complement: I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a)", () => {
    // I_0.9(3, 3) = P(Bin(5, 0.9) ≥ 3) = 10·0.9³·0.1² + 5·0.9⁴·0.1 + 0.9⁵ = 0.0729 + 0.32805 + 0.59049
    expect(incompleteBeta(0.9, 3, 3)).toBeCloseTo(0.99144, 12);
    // I_0.9(100, 100) = P(Bin(199, 0.9) ≥ 100): mean 179.1, sd 4.2, so 100 is 19 sd below: 1 to 12 digits
    expect(incompleteBeta(0.9, 100, 100)).toBeCloseTo(1, 12);
  });

  it("outside [0, 1] it is clamped: 0 below, 1 above", () => {
    expect(incompleteBeta(-0.5, 2, 3)).toBe(0);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
    expect(incompleteBeta(1.5, 2, 3)).toBe(1);
  });
});

describe("studentTCdf", () => {
  it("refuses a degree of freedom that is not positive, naming it", () => {
    expect(() => studentTCdf(1, 0)).toThrow("studentTCdf: df must be positive (got 0)");
  });
});
