// @vitest-environment happy-dom
// The sidebar's first paint is in the language the server wrote on its root (data-locale, from the
// user's Apps Script locale), not in the browser's until kpiGetContext answers: a Japanese user with
// an English browser never sees "1. Start" flash before "1. はじめに". Here google.script.run is
// absent, so kpiGetContext never answers and what shows is the first paint itself.
import { afterEach, describe, expect, it, vi } from "vitest";
import { rootLocale } from "../../src/client/sidebar-root";

afterEach(() => {
  document.body.innerHTML = "";
  vi.resetModules();
});

/** Mounts the sidebar as dist/Sidebar.html does: main.ts renders into #app on load. */
async function firstPaint(root: string): Promise<string> {
  document.body.innerHTML = root;
  await import("../../src/client/main");
  return document.getElementById("step-title")?.textContent ?? "(no title)";
}

describe("the sidebar's first paint", () => {
  it("is in the browser's language when the root names none (happy-dom's browser is English)", async () => {
    expect(navigator.language).toMatch(/^en/);
    expect(await firstPaint('<main id="app"></main>')).toBe("1. Start");
  });

  it("is in Japanese when the server wrote ja on the root, whatever the browser speaks", async () => {
    expect(await firstPaint('<main id="app" data-locale="ja"></main>')).toBe("1. はじめに");
  });

  it("is in English when the server wrote en", async () => {
    expect(await firstPaint('<main id="app" data-locale="en"></main>')).toBe("1. Start");
  });

  it("takes only the languages it speaks from the root", () => {
    expect(rootLocale("ja")).toBe("ja");
    expect(rootLocale("en")).toBe("en");
    for (const other of [undefined, "", "fr", "JA", "ja-JP"])
      expect(rootLocale(other), String(other)).toBe(undefined);
  });
});
