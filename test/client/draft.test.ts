// @vitest-environment happy-dom
// The draft across reopening, kept per spreadsheet: every spreadsheet's sidebar shares one
// localStorage in Sheets, so a draft must come back in its own spreadsheet only.
import { afterEach, describe, expect, it } from "vitest";
import { draftKey, LEGACY_DRAFT_KEY, memoryStorage, serializeDraft } from "../../src/client/draft";
import type { Context, EndpointResult } from "../../src/contract/endpoints";
import { button, byLabel, click, fakeServer, flush, mount, templateState, type, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
async function open(...args: Parameters<typeof mount>) {
  if (mounted) unmount(mounted);
  const r = await mount(...args);
  mounted = r.root;
  return r;
}
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

const A = "1AAAAspreadsheet";
const B = "1BBBBspreadsheet";

function context(spreadsheetId: string): EndpointResult<"kpiGetContext"> {
  const value: Context = {
    spreadsheetId,
    locale: "ja",
    timeZone: "Asia/Tokyo",
    plan: null,
    sheetNames: [],
    ownSheets: {},
    actualRows: 0,
  };
  return { ok: true, value };
}

/** The sidebar of one spreadsheet. */
const sidebarOf = (id: string) => fakeServer({ kpiGetContext: () => context(id) });

const heading = (root: HTMLElement) => root.querySelector("h2")?.textContent ?? "";
const savedName = (text: string | undefined) => JSON.parse(text ?? "{}").plan?.kgi?.name;

describe("the draft, per spreadsheet", () => {
  it("survives closing and reopening the sidebar, and can be discarded", async () => {
    const storage = memoryStorage();
    const first = await open({
      storage,
      server: sidebarOf(A),
      initial: templateState("inside_sales", "ja", "kgi"),
    });
    await type(byLabel(first.root, "目標の名前"), "下期の受注額");
    expect(savedName(storage.data.get(draftKey(A)))).toBe("下期の受注額");

    const { root } = await open({ storage, server: sidebarOf(A), locale: "ja" });
    expect(root.textContent).toContain("前回の下書きを復元しました");
    expect(heading(root)).toBe("2. KGI（目標）");
    expect(byLabel(root, "目標の名前").value).toBe("下期の受注額");
    await click(button(root, "下書きを破棄"));
    expect(storage.data.has(draftKey(A))).toBe(false);
    expect(heading(root)).toBe("1. はじめに");
    expect(root.textContent).not.toContain("前回の下書き");
  });

  it("does not bring A's draft into B, and a draft started in B leaves A's alone", async () => {
    const storage = memoryStorage();
    const a = await open({
      storage,
      server: sidebarOf(A),
      initial: templateState("inside_sales", "ja", "kgi"),
    });
    await type(byLabel(a.root, "目標の名前"), "Aの目標");

    const b = await open({ storage, server: sidebarOf(B), locale: "ja" });
    expect(b.root.textContent).not.toContain("下書き");
    expect(heading(b.root)).toBe("1. はじめに");
    expect(b.root.textContent).not.toContain("作成中の計画");
    await click(button(b.root, "新しい計画を作成"));
    expect(byLabel(b.root, "目標の名前").value).toBe("");
    await type(byLabel(b.root, "目標の名前"), "Bの目標");
    expect(savedName(storage.data.get(draftKey(B)))).toBe("Bの目標");
    expect(savedName(storage.data.get(draftKey(A)))).toBe("Aの目標");

    const again = await open({ storage, server: sidebarOf(A), locale: "ja" });
    expect(again.root.textContent).toContain("前回の下書きを復元しました");
    expect(byLabel(again.root, "目標の名前").value).toBe("Aの目標");
    const backInB = await open({ storage, server: sidebarOf(B), locale: "ja" });
    expect(byLabel(backInB.root, "目標の名前").value).toBe("Bの目標");
  });

  it("moves a draft of the first release (one key for all) to the spreadsheet opened first, once", async () => {
    const storage = memoryStorage();
    const old = templateState("saas", "ja", "process");
    storage.setItem(
      LEGACY_DRAFT_KEY,
      serializeDraft({ ...old, plan: { ...old.plan, title: "前からの下書き" } }),
    );

    const a = await open({ storage, server: sidebarOf(A), locale: "ja" });
    expect(a.root.textContent).toContain("前回の下書きを復元しました");
    expect(heading(a.root)).toBe("4. 営業プロセス");
    expect(storage.data.has(LEGACY_DRAFT_KEY)).toBe(false);
    expect(JSON.parse(storage.data.get(draftKey(A)) ?? "{}").plan.title).toBe("前からの下書き");

    const b = await open({ storage, server: sidebarOf(B), locale: "ja" });
    expect(b.root.textContent).not.toContain("下書き");
    expect(heading(b.root)).toBe("1. はじめに");
  });

  it("keeps what was typed before the spreadsheet was known, and offers the saved draft instead", async () => {
    const storage = memoryStorage();
    const old = templateState("inside_sales", "ja", "kfs");
    storage.setItem(
      draftKey(A),
      serializeDraft({ ...old, plan: { ...old.plan, kgi: { ...old.plan.kgi, name: "保存済み" } } }),
    );
    let answer: (r: EndpointResult<"kpiGetContext">) => void = () => {};
    const slow = fakeServer({ kpiGetContext: () => new Promise((r) => (answer = r)) });

    const { root } = await open({ storage, server: slow, locale: "ja" });
    await click(button(root, "新しい計画を作成"));
    await type(byLabel(root, "目標の名前"), "いま入力中");
    answer(context(A));
    await flush();
    // Nothing replaced, nothing overwritten, until the user chooses.
    expect(byLabel(root, "目標の名前").value).toBe("いま入力中");
    const offer = root.querySelector('[role="region"][aria-label="保存されている下書き"]');
    expect(offer?.textContent).toContain("いま入力した内容は下書きに置き換わります");
    await type(byLabel(root, "目標の名前"), "いま入力中2");
    expect(savedName(storage.data.get(draftKey(A)))).toBe("保存済み");

    await click(button(root, "保存されている下書きを開く"));
    expect(heading(root)).toBe("5. KFS（成功要因）");
    expect(root.textContent).toContain("前回の下書きを復元しました");
    await click(button(root, "2. KGI（目標）"));
    expect(byLabel(root, "目標の名前").value).toBe("保存済み");
  });

  it("or keeps the typing, which then becomes this spreadsheet's draft", async () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(A), serializeDraft(templateState("inside_sales", "ja", "kfs")));
    let answer: (r: EndpointResult<"kpiGetContext">) => void = () => {};
    const slow = fakeServer({ kpiGetContext: () => new Promise((r) => (answer = r)) });
    const { root } = await open({ storage, server: slow, locale: "ja" });
    await click(button(root, "新しい計画を作成"));
    await type(byLabel(root, "目標の名前"), "いま入力中");
    answer(context(A));
    await flush();
    await click(button(root, "いまの入力を続ける（保存されている下書きは上書きされます）"));
    expect(root.querySelector('[role="region"]')).toBeNull();
    expect(savedName(storage.data.get(draftKey(A)))).toBe("いま入力中");
  });
});
