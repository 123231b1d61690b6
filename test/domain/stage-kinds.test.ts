// Keywords with a hyphen match as written: "-" is taken literally, not as part of a pattern.
import { describe, expect, it } from "vitest";
import { stageKind } from "../../src/domain/stage-kinds";

describe("stageKind, hyphenated keywords", () => {
  it.each([["Walk-in"], ["Sign-up"]])("%j is a lead", (name) => {
    expect(stageKind({ id: "s1", name })).toBe("lead");
  });
});
