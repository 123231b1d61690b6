// @vitest-environment happy-dom
// The Connect a source panel on a deal list, through an injected server: the sheet read as a deal
// list, each phase value with its proposed meaning, a value that reads as two stages asked about with
// Connect kept off until it is answered, the first deals as they will count (readDeals), and the
// confirmed mapping and meanings sent; Disconnect on the sheet connected now.
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { S } from "../../src/client/strings-source";
import type { SourceProposal } from "../../src/contract/endpoints";
import { dealFields } from "../../src/domain/source/deal-fields";
import { proposeMapping } from "../../src/domain/source/header-mapping";
import { jaPlan } from "../fixtures/plans";
import { button, byLabel, choose, flush } from "./helpers";
import { openSourcePanel } from "./source-support";

const plan = jaPlan();
const stream = plan.streams[0] as (typeof plan.streams)[number];
const HEADER = ["担当", "作成日", "フェーズ", "商談日", "金額"];
const d = (date: string) => ({ kind: "date" as const, date });
const txt = (text: string) => ({ kind: "text" as const, text });

function proposal(connected = false): SourceProposal {
  const fields = dealFields(plan, stream);
  return {
    sheet: "案件",
    header: HEADER,
    fields: fields.map((f) => ({ key: f.key, label: f.label, required: false })),
    mapping: proposeMapping(HEADER, fields).mapping,
    asks: [],
    counts: "add",
    connected,
    kind: "deals",
    stream: stream.id,
    phases: [
      { value: "受注", meaning: { stage: "deals", outcome: "won" }, stages: [] },
      { value: "失注", meaning: { outcome: "lost" }, stages: [] },
      { value: "検討中", meaning: null, stages: ["appointments", "meetings"] },
    ],
    rows: [
      [txt("佐藤"), d("2026-04-03"), txt("受注"), d("2026-04-10"), { kind: "number", value: 500_000 }],
      [txt("鈴木"), d("2026-04-15"), txt("検討中"), { kind: "blank" }, { kind: "blank" }],
    ],
    rowCount: 2,
  };
}

async function open(connected = false) {
  const opened = await openSourcePanel(plan, "案件", () => proposal(connected));
  await choose(byLabel<HTMLSelectElement>(opened.root, S.sheet.ja), "案件");
  await flush();
  return opened;
}

describe("Connect a source in the sidebar: a deal list", () => {
  it("asks what a phase value means, keeps Connect off until answered, then sends the mapping and the meanings", async () => {
    const { root, server } = await open();
    const kind = root.querySelectorAll<HTMLInputElement>('input[name="source-kind"]');
    expect(Array.from(kind, (r) => r.checked)).toEqual([false, true]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("フェーズ「検討中」");
    const connect = button(root, S.connect.ja);
    expect(connect.disabled).toBe(true);
    // The first deals as they will count. The list knows 商談 (its date column) and 受注 (a phase)
    // onward, so 商談 is where every deal starts. 佐藤 won: 商談 on its date, 受注 and the amount on the
    // created date (no won-date column); 鈴木's unanswered value: 商談 only, with a warning.
    const rows = Array.from(root.querySelectorAll(".preview-table tbody tr"), (tr) => tr.textContent);
    expect(rows).toEqual([
      "2026-04-10佐藤商談",
      "2026-04-03佐藤受注",
      `2026-04-03佐藤${plan.kgi.name} 500,000`,
      "2026-04-15鈴木商談",
    ]);
    expect(root.textContent).toContain("意味の決まっていないフェーズの値があります");

    await choose(byLabel<HTMLSelectElement>(root, "検討中"), "stage:meetings");
    await flush();
    expect(connect.disabled).toBe(false);
    await act(() => connect.click());
    await flush();
    const sent = server.calls.filter((c) => c.name === "kpiConnectSource").map((c) => c.args[0]);
    expect(sent).toEqual([
      {
        sheet: "案件",
        counts: "add",
        columns: proposal().mapping,
        kind: "deals",
        stream: stream.id,
        phases: {
          受注: { stage: "deals", outcome: "won" },
          失注: { outcome: "lost" },
          検討中: { stage: "meetings", outcome: "open" },
        },
      },
    ]);
  });

  it("offers Disconnect on the sheet connected now", async () => {
    const { root, server } = await open(true);
    await act(() => button(root, S.disconnect.ja).click());
    await flush();
    expect(server.calls.some((c) => c.name === "kpiDisconnectSource")).toBe(true);
    expect(root.textContent).toContain("接続をやめました");
  });
});
