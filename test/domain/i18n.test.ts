// Locales, bilingual messages, Google locale codes and placeholders.
import { describe, expect, it } from "vitest";
import { bilingual, format, localeOf, locales } from "../../src/domain/i18n";

describe("i18n", () => {
  it("has Japanese first, then English", () => {
    expect(locales).toEqual(["ja", "en"]);
  });

  it("says a message once when both languages write it alike", () => {
    expect(bilingual({ ja: "OK", en: "OK" })).toBe("OK");
    expect(bilingual({ ja: "完了", en: "Done" })).toBe("Done / 完了");
  });

  it.each([
    ["ja", "ja"],
    ["ja_JP", "ja"],
    ["ja-JP", "ja"],
    ["JA", "ja"],
    ["en-US", "en"],
    ["java", "en"], // "ja" must be the whole language part
    ["xja", "en"], // and come first
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("locale code %j → %s", (code, want) => {
    expect(localeOf(code)).toBe(want);
  });

  it("fills named placeholders and keeps unknown ones", () => {
    expect(format("{count} deals by {rep}", { count: 3, rep: "Sato" })).toBe("3 deals by Sato");
    expect(format("{n} / {missing}", { n: 1 })).toBe("1 / {missing}");
  });
});
