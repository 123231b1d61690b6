// @vitest-environment happy-dom
// The sidebar's Record a review panel through an injected server: the bottleneck's remedies as
// one-click actions aimed at its rate, another action with the metric picked, the owner and the note
// sent to kpiRecordReview in one call; a Review Log without action columns takes a note alone.
import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { type Panel, Sidebar } from "../../src/client/sidebar-root";
import { R } from "../../src/client/strings-review";
import type { ReviewContext } from "../../src/contract/endpoints";
import { button, byLabel, choose, click, type FakeServer, fakeServer, flush, type } from "./helpers";

const CONTEXT: ReviewContext = {
  locale: "en",
  planLocale: "ja",
  asOf: "2026-04-30",
  bottlenecks: [
    {
      stage: "架電",
      metric: "rate:outbound.calls",
      name: "アポ率",
      remedies: ["トークスクリプトを見直す", "ターゲットリストを見直す", "アプローチを改善する"],
    },
  ],
  metrics: [
    { key: "kgi", name: "KGI: 売上" },
    { key: "stage:outbound.calls", name: "架電数" },
    { key: "rate:outbound.calls", name: "アポ率" },
  ],
  team: ["佐藤", "鈴木"],
  reviewSheet: "レビュー記録",
  actionsReady: true,
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
});

async function open(
  context: ReviewContext,
  refuse?: string,
  panel: Panel = "review",
): Promise<{ root: HTMLElement; server: FakeServer }> {
  document.body.innerHTML = "";
  root = document.createElement("main");
  document.body.append(root);
  const server = fakeServer({
    kpiReviewContext: () => ({ ok: true, value: context }),
    kpiRecordReview: (req) =>
      refuse
        ? { ok: false, error: { code: "busy", message: refuse } }
        : {
            ok: true,
            value: {
              rows: 4 + (req.actions?.length ?? 0),
              asOf: context.asOf,
              actions: req.actions?.length ?? 0,
            },
          },
  });
  const at = root;
  await act(() => {
    render(h(Sidebar, { panel, server, storage: null, locale: "en" }), at);
  });
  await flush();
  return { root: at, server };
}

const sent = (server: FakeServer) =>
  server.calls.filter((c) => c.name === "kpiRecordReview").map((c) => c.args[0]);

describe("Record a review in the sidebar", () => {
  it("offers the bottleneck's remedies; a ticked one becomes an action on the bottleneck's rate", async () => {
    const { root, server } = await open(CONTEXT);
    expect(root.textContent).toContain("As of 2026-04-30");
    expect(root.textContent).toContain("Bottleneck: 架電 (アポ率)");
    await click(byLabel(root, "ターゲットリストを見直す"));
    await type(byLabel(root, R.owner.en), " 佐藤 ");
    await type(byLabel<HTMLTextAreaElement>(root, R.note.en), "アポ率を優先");
    await click(button(root, R.record.en));
    expect(sent(server)).toEqual([
      {
        note: "アポ率を優先",
        actions: [{ text: "ターゲットリストを見直す", metric: "rate:outbound.calls", owner: "佐藤" }],
      },
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      "Added 5 rows to the Review Log, 1 of them an action (as of 2026-04-30).",
    );
    // Ready for the next review: nothing stays ticked or typed but the owner.
    expect(byLabel(root, "ターゲットリストを見直す").checked).toBe(false);
    expect(byLabel<HTMLTextAreaElement>(root, R.note.en).value).toBe("");
  });

  it("another action goes with the metric picked (the bottleneck's rate until another is picked)", async () => {
    const { root, server } = await open(CONTEXT);
    const metric = byLabel<HTMLSelectElement>(root, R.freeMetric.en);
    expect(metric.value).toBe("rate:outbound.calls");
    await type(byLabel(root, R.freeText.en), "=朝会で共有");
    await choose(metric, "stage:outbound.calls");
    await click(byLabel(root, "トークスクリプトを見直す"));
    await click(button(root, R.record.en));
    expect(sent(server)).toEqual([
      {
        note: "",
        actions: [
          { text: "トークスクリプトを見直す", metric: "rate:outbound.calls" },
          { text: "=朝会で共有", metric: "stage:outbound.calls" },
        ],
      },
    ]);
  });

  it("a note alone sends no actions (the request of before)", async () => {
    const { root, server } = await open(CONTEXT);
    await type(byLabel<HTMLTextAreaElement>(root, R.note.en), "n");
    await click(button(root, R.record.en));
    expect(sent(server)).toEqual([{ note: "n" }]);
  });

  it("with no bottleneck says so, and still takes another action", async () => {
    const { root } = await open({ ...CONTEXT, bottlenecks: [] });
    expect(root.textContent).toContain(R.noBottleneck.en);
    expect(byLabel<HTMLSelectElement>(root, R.freeMetric.en).value).toBe("kgi");
  });

  it("a Review Log without action columns: remedies disabled, a note recorded alone", async () => {
    const { root, server } = await open({ ...CONTEXT, actionsReady: false });
    expect(root.textContent).toContain(R.outdated.en);
    expect(byLabel(root, "トークスクリプトを見直す").closest("fieldset")?.disabled).toBe(true);
    await click(button(root, R.record.en));
    expect(sent(server)).toEqual([{ note: "" }]);
  });

  it("shows the server's refusal, and opens the wizard on request", async () => {
    const { root } = await open(CONTEXT, "Another generate is running");
    await click(button(root, R.record.en));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      `${R.failed.en}Another generate is running`,
    );
    await click(button(root, R.toWizard.en));
    expect(root.querySelector("#step-title")).not.toBeNull();
  });
});
