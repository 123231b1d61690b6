// @vitest-environment happy-dom
// After Generate: each written sheet is a button that opens it (kpiOpenSheet), and the line about
// kept actuals shows only when there are some, with English singular and plural.
import { afterEach, describe, expect, it } from "vitest";
import type { GenerateResult } from "../../src/contract/endpoints";
import { button, click, fakeServer, mount, templateState, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

function result(keptRows: number): GenerateResult {
  return {
    sheets: [
      { key: "tree", name: "KPIツリー", sheetId: 0 },
      { key: "actuals", name: "実績", sheetId: 1234567 },
      { key: "dashboard", name: "ダッシュボード", sheetId: 7654321 },
    ] as GenerateResult["sheets"],
    keptRows,
    archivedColumns: [],
  };
}

async function generated(locale: "ja" | "en", keptRows: number, server = fakeServer()) {
  const withGenerate = fakeServer({
    kpiGenerate: () => ({ ok: true, value: result(keptRows) }),
    kpiOpenSheet: (which) => server.call("kpiOpenSheet", which),
  });
  const r = await mount({ server: withGenerate, initial: templateState("inside_sales", locale, "review") });
  mounted = r.root;
  await click(button(r.root, locale === "ja" ? "シートを作成" : "Generate sheets"));
  return { root: r.root, calls: withGenerate.calls };
}

describe("the sheets written", () => {
  it("are buttons, tied to a hint, that open the sheet by its id", async () => {
    const opened = fakeServer({
      kpiOpenSheet: (id) => ({ ok: true, value: { name: "実績", sheetId: Number(id) } }),
    });
    const { root, calls } = await generated("ja", 0, opened);
    const list = root.querySelector('ul[aria-label="作成したシート"]');
    const buttons = Array.from(list?.querySelectorAll("li > button") ?? []) as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(["KPIツリー", "実績", "ダッシュボード"]);
    for (const b of buttons) {
      expect(b.type).toBe("button");
      expect(root.querySelector(`#${b.getAttribute("aria-describedby")}`)?.textContent).toBe(
        "シート名を押すと、そのシートを開きます。",
      );
    }
    await click(button(root, "実績"));
    await click(button(root, "KPIツリー"));
    expect(calls.filter((c) => c.name === "kpiOpenSheet").map((c) => c.args)).toEqual([[1234567], [0]]);
    expect(root.querySelector('.result-ok [role="alert"]')).toBeNull();
  });

  it("say so when a sheet cannot be opened, and clear it once one opens", async () => {
    let fail = true;
    const server = fakeServer({
      kpiOpenSheet: () =>
        fail
          ? { ok: false, error: { code: "no_sheet", message: "そのシートは見つかりません。" } }
          : { ok: true, value: { name: "実績", sheetId: 1234567 } },
    });
    const { root } = await generated("ja", 0, server);
    await click(button(root, "実績"));
    expect(root.querySelector('.result-ok [role="alert"]')?.textContent).toContain(
      "そのシートは見つかりません。",
    );
    fail = false;
    await click(button(root, "実績"));
    expect(root.querySelector('.result-ok [role="alert"]')).toBeNull();
  });
});

describe("the actuals kept", () => {
  it("are not mentioned on a first Generate (no rows)", async () => {
    for (const locale of ["ja", "en"] as const) {
      const { root } = await generated(locale, 0);
      const text = root.querySelector(".result-ok")?.textContent ?? "";
      expect(text).not.toMatch(/実績はそのまま|actuals are kept/);
      unmount(root);
      mounted = null;
    }
  });

  it.each([
    ["ja", 1, "入力済みの実績はそのまま残っています：1行"],
    ["ja", 12, "入力済みの実績はそのまま残っています：12行"],
    ["en", 1, "Your actuals are kept: 1 row"],
    ["en", 12, "Your actuals are kept: 12 rows"],
  ] as const)("%s, %i row(s): %s", async (locale, n, text) => {
    const { root } = await generated(locale, n);
    const lines = Array.from(root.querySelectorAll(".result-ok p")).map((p) => p.textContent);
    expect(lines).toContain(text);
  });
});
