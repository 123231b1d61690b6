// Which field a misspelt one probably meant. A name of n letters may be off by max(1, ⌊n/4⌋) edits
// (an insertion, a deletion, a change, or two neighbouring letters swapped); of several, the closest
// wins, and of equally close ones the first in the schema's order.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/domain/plan";
import { likelyField } from "../../src/domain/plan-fields";
import { samplePlan } from "../fixtures/plans";

/** The English message for an unknown top-level field. */
function unknownAtTop(name: string): string | undefined {
  const plan = structuredClone(samplePlan()) as any;
  plan[name] = [];
  const r = parsePlan(plan);
  return r.ok ? undefined : r.issues.find((i) => i.path === "")?.message.en;
}

describe("likelyField", () => {
  it("allows one edit even to a name of three letters (kfss → kfs)", () => {
    // ⌊3/4⌋ = 0, but max(1, 0) = 1: one extra letter is still a typo.
    expect(unknownAtTop("kfss")).toContain('"kfss" (did you mean "kfs"?)');
  });

  it("allows two edits to a name of eight letters or more (thresold → thresholds)", () => {
    // "thresholds" has 10 letters, ⌊10/4⌋ = 2; "thresold" lacks h and s: 2 edits.
    expect(likelyField("thresold", ["thresholds"])).toBe("thresholds");
  });

  it("takes the first of two equally close fields, in the schema's order (kfis: kfs before kpis)", () => {
    // kfis → kfs: delete i (1 edit); kfis → kpis: f→p (1 edit). kfs comes first in the plan.
    expect(unknownAtTop("kfis")).toContain('"kfis" (did you mean "kfs"?)');
  });

  it("takes the closest when a farther one comes first", () => {
    // definiton → definitions: 2 edits (within ⌊11/4⌋ = 2); → definition: 1 edit.
    expect(likelyField("definiton", ["definitions", "definition"])).toBe("definition");
  });

  it("does not count letters before the name, or missing before it, as nothing (mytitle, tle: two edits from title)", () => {
    // Deleting m and y: 2 edits, more than the 1 a five-letter name allows.
    expect(likelyField("mytitle", ["title"])).toBeUndefined();
    expect(likelyField("tle", ["title"])).toBeUndefined(); // nor letters missing before it: t, i
    expect(unknownAtTop("mytitle")).toBe(
      'has unknown field(s): "mytitle" — fix or remove them; nothing unknown is read',
    );
  });

  it("counts a swap of neighbouring letters as one edit, and two swaps as two", () => {
    expect(likelyField("nmae", ["name"])).toBe("name"); // m↔a
    expect(likelyField("anem", ["name"])).toBeUndefined(); // a↔n, e↔m: 2 edits
  });

  it("counts two different letters side by side as two changes, not a swap", () => {
    // nmxe: m→a, x→m; nxae: x→a, a→m. Each letter pair only half matches a swap.
    expect(likelyField("nmxe", ["name"])).toBeUndefined();
    expect(likelyField("nxae", ["name"])).toBeUndefined();
  });
});
