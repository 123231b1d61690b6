// @vitest-environment happy-dom
// Review and generate through an injected server; the google.script.run wrapper.
import { afterEach, describe, expect, it } from "vitest";
import { draftKey, memoryStorage } from "../../src/client/draft";
import { NOT_IN_APPS_SCRIPT, type ScriptRun, scriptRunServer } from "../../src/client/server";
import type { EndpointResult, GenerateResult } from "../../src/contract/endpoints";
import { parsePlan } from "../../src/domain/plan";
import { button, click, fakeServer, flush, mount, SPREADSHEET_ID, templateState, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
async function open(...args: Parameters<typeof mount>) {
  const r = await mount(...args);
  mounted = r.root;
  return r;
}
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

const RESULT: GenerateResult = {
  sheets: [
    { key: "tree", name: "KPIツリー", sheetId: 1 },
    { key: "actuals", name: "実績", sheetId: 2 },
  ] as GenerateResult["sheets"],
  keptRows: 12,
  archivedColumns: ["接続 (archived)"],
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("review and generate", () => {
  it("sends the plan, shows progress while the server writes, then the sheets and the kept actuals", async () => {
    const pending = deferred<EndpointResult<"kpiGenerate">>();
    const server = fakeServer({ kpiGenerate: () => pending.promise });
    const storage = memoryStorage();
    const { root } = await open({ server, storage, initial: templateState("inside_sales", "ja", "review") });
    expect(root.querySelector("dl.summary")?.textContent).toContain("年間受注額: 120,000,000 JPY");
    expect(storage.data.has(draftKey(SPREADSHEET_ID))).toBe(true);
    await click(button(root, "シートを作成"));
    const progress = root.querySelector('.progress[aria-live="polite"]');
    expect(progress?.textContent).toContain("シートを作成しています…");
    expect(button(root, "シートを作成").disabled).toBe(true);

    const sent = server.calls.find((c) => c.name === "kpiGenerate")?.args[0];
    const parsed = parsePlan(sent);
    expect(parsed.ok).toBe(true);
    expect((sent as { streams: { stages: { rate?: number }[] }[] }).streams[0]?.stages[0]?.rate).toBe(0.25);

    pending.resolve({ ok: true, value: RESULT });
    await flush();
    expect(progress?.textContent).toBe("");
    const result = root.querySelector(".result-ok");
    expect(Array.from(result?.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual([
      "KPIツリー",
      "実績",
      "接続 (archived)",
    ]);
    expect(result?.textContent).toContain("入力済みの実績はそのまま残っています：12行");
    expect(result?.querySelectorAll("li > button").length).toBe(2);
    expect(storage.data.has(draftKey(SPREADSHEET_ID))).toBe(false);
  });

  it("shows a failure with its fields and retries", async () => {
    let calls = 0;
    const server = fakeServer({
      kpiGenerate: () =>
        ++calls === 1
          ? {
              ok: false,
              error: {
                code: "invalid_plan",
                message: "計画に問題があります。",
                issues: [
                  { path: "streams[0].stages[1].rate", message: { ja: "範囲外です", en: "out of range" } },
                ],
              },
            }
          : { ok: true, value: RESULT },
    });
    const { root } = await open({ server, initial: templateState("inside_sales", "ja", "review") });
    await click(button(root, "シートを作成"));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("作成できませんでした。");
    expect(alert?.textContent).toContain("計画に問題があります。");
    expect(alert?.textContent).toContain("streams[0].stages[1].rate");
    await click(button(root, "再試行"));
    expect(calls).toBe(2);
    expect(root.querySelector(".result-ok")?.textContent).toContain("12行");
  });

  it.each([
    ["新しい計画で引き続き使う", "keep"],
    ["保管シートに移して、空の実績から始める", "archive"],
  ])("a new plan over another plan's log: asks, and %s sends existingLog %s", async (label, choice) => {
    const sent: unknown[][] = [];
    const server = fakeServer({
      kpiGenerate: (...args: unknown[]) => {
        sent.push(args);
        return args.length === 1
          ? {
              ok: false,
              error: {
                code: "log_decision",
                message: "このスプレッドシートには別の計画（FY2025）の実績が120行あります。",
                log: { rows: 120, title: "FY2025", kgi: "売上 (JPY)" },
              },
            }
          : { ok: true, value: RESULT };
      },
    });
    const { root } = await open({ server, initial: templateState("inside_sales", "ja", "review") });
    await click(button(root, "シートを作成"));
    const question = root.querySelector(".result-question");
    expect(question?.textContent).toContain("実績が120行あります");
    expect(question?.textContent).toContain("既存の実績をどうしますか？");
    expect(question?.textContent).not.toContain("作成できませんでした");
    await click(button(root, label));
    expect(sent).toHaveLength(2);
    expect(sent[1]?.[1]).toEqual({ existingLog: choice });
    expect(parsePlan(sent[1]?.[0]).ok).toBe(true);
    expect(root.querySelector(".result-ok")).not.toBeNull();
  });

  it("takes the user to the field a server issue names", async () => {
    const server = fakeServer({
      kpiGenerate: () => ({
        ok: false,
        error: {
          code: "lint_errors",
          message: "KPIにエラーがあります。",
          issues: [{ path: "streams[0].stages[1].rate", message: { ja: "範囲外です", en: "out of range" } }],
        },
      }),
    });
    const { root } = await open({ server, initial: templateState("inside_sales", "ja", "review") });
    await click(button(root, "シートを作成"));
    await click(button(root, "「営業プロセス」で直す"));
    expect(root.querySelector("h2")?.textContent).toBe("4. 営業プロセス");
    expect(document.activeElement?.id).toBe("f-streams-0-stages-1-rate");
  });

  it("explains a busy server", async () => {
    const server = fakeServer({
      kpiGenerate: () => ({ ok: false, error: { code: "busy", message: "busy" } }),
    });
    const { root } = await open({ server, initial: templateState("inside_sales", "en", "review") });
    await click(button(root, "Generate sheets"));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("Another generation is running");
    expect(button(root, "Retry")).toBeDefined();
  });

  it("without Apps Script, says why it cannot write", async () => {
    const { root } = await open({
      server: scriptRunServer(undefined),
      initial: templateState("inside_sales", "ja", "review"),
    });
    await click(button(root, "シートを作成"));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(NOT_IN_APPS_SCRIPT);
  });

  it("renders names with HTML as text in the summary", async () => {
    const s = templateState("inside_sales", "ja", "review");
    const kpis = s.plan.kpis.map((k, i) =>
      i === 0 ? { ...k, name: "<b>太字</b><img src=x onerror=alert(1)>" } : k,
    );
    const { root } = await open({ initial: { ...s, plan: { ...s.plan, kpis } } });
    expect(root.textContent).toContain("<b>太字</b><img src=x onerror=alert(1)>");
    expect(root.querySelector("img, b")).toBeNull();
  });
});

describe("the google.script.run wrapper", () => {
  function fakeRun(behaviour: (name: string, args: unknown[]) => { ok?: unknown; fail?: Error }): ScriptRun {
    let success: (v?: unknown) => void = () => {};
    let failure: (e: Error) => void = () => {};
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_, prop: string) {
        if (prop === "withSuccessHandler")
          return (h: typeof success) => {
            success = h;
            return runner;
          };
        if (prop === "withFailureHandler")
          return (h: typeof failure) => {
            failure = h;
            return runner;
          };
        return (...args: unknown[]) => {
          const r = behaviour(prop, args);
          setTimeout(() => (r.fail ? failure(r.fail) : success(r.ok)), 0);
        };
      },
    });
    return runner;
  }

  it("resolves with the server's result, typed by endpoint", async () => {
    const seen: unknown[] = [];
    const server = scriptRunServer(
      fakeRun((name, args) => {
        seen.push([name, args]);
        return { ok: { ok: true, value: [] } };
      }),
    );
    const r = await server.call("kpiOpenSheet", "Dashboard");
    expect(r).toEqual({ ok: true, value: [] });
    expect(seen).toEqual([["kpiOpenSheet", ["Dashboard"]]]);
  });

  it("turns a thrown server error or a strange answer into a failure result", async () => {
    const failing = scriptRunServer(fakeRun(() => ({ fail: new Error("Exception: quota") })));
    expect(await failing.call("kpiGetContext")).toEqual({
      ok: false,
      error: { code: "failed", message: "Exception: quota" },
    });
    const odd = scriptRunServer(fakeRun(() => ({ ok: "not a result" })));
    const r = await odd.call("kpiGetContext");
    expect(r.ok).toBe(false);
  });

  it("fails softly when google is undefined", async () => {
    expect((globalThis as { google?: unknown }).google).toBeUndefined();
    const r = await scriptRunServer().call("kpiGetContext");
    expect(r).toEqual({ ok: false, error: { code: "failed", message: NOT_IN_APPS_SCRIPT } });
  });
});
