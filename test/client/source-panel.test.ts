// @vitest-environment happy-dom
// The sidebar's Connect a source panel through an injected server: the proposed columns shown as
// drop-downs, a header that reads two ways asked about with Connect kept off until it is answered,
// the first rows as they will count, and the confirmed mapping sent to kpiConnectSource.
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { S } from "../../src/client/strings-source";
import type { SourceProposal } from "../../src/contract/endpoints";
import { proposeMapping } from "../../src/domain/source/header-mapping";
import { logFields } from "../../src/workbook/source-fields";
import { jaPlan } from "../fixtures/plans";
import { button, byLabel, choose, flush } from "./helpers";
import { openSourcePanel } from "./source-support";

const plan = jaPlan();
const HEADER = ["日付", "氏名", "架電数（新規）", "架電数（既存）", "アポ数"];

function proposal(): SourceProposal {
  const fields = logFields(plan);
  const p = proposeMapping(HEADER, fields);
  return {
    sheet: "日報",
    header: HEADER,
    fields: fields.map((f) => ({ key: f.key, label: f.label, required: f.required === true })),
    mapping: p.mapping,
    asks: p.asks,
    counts: "add",
    connected: false,
    kind: "log",
    stream: null,
    phases: [],
    rows: [
      [
        { kind: "date", date: "2026-04-01" },
        { kind: "text", text: "佐藤" },
        { kind: "number", value: 10 },
        { kind: "number", value: 7 },
        { kind: "number", value: 2 },
      ],
      [
        { kind: "date", date: "2026-04-02" },
        { kind: "text", text: "鈴木" },
        { kind: "number", value: 5 },
        { kind: "text", text: "n/a" },
        { kind: "blank" },
      ],
    ],
    rowCount: 2,
  };
}

const open = () => openSourcePanel(plan, "日報", proposal);

describe("Connect a source in the sidebar", () => {
  it("asks where the header reads two ways, keeps Connect off until answered, then sends the mapping", async () => {
    const { root, server } = await open();
    // Only the team's own sheets are offered.
    const sheet = byLabel<HTMLSelectElement>(root, S.sheet.ja);
    expect(Array.from(sheet.options, (o) => o.value)).toEqual(["", "日報"]);
    await choose(sheet, "日報");
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("架電 に当たる列が複数あります");
    const connect = button(root, S.connect.ja);
    expect(connect.disabled).toBe(true);
    expect(byLabel<HTMLSelectElement>(root, "アポ").value).toBe("アポ数");
    // The first rows as they will count: 佐藤's 2 appointments; 鈴木's row counts its date and rep.
    const rows = Array.from(root.querySelectorAll(".preview-table tbody tr"), (tr) => tr.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("2026-04-01");

    await choose(byLabel<HTMLSelectElement>(root, "架電"), "架電数（新規）");
    await flush();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(connect.disabled).toBe(false);
    await act(() => connect.click());
    await flush();
    const sent = server.calls.filter((c) => c.name === "kpiConnectSource").map((c) => c.args[0]);
    expect(sent).toEqual([
      {
        sheet: "日報",
        counts: "add",
        columns: {
          date: "日付",
          rep: "氏名",
          "stage:new_biz.calls": "架電数（新規）",
          "stage:new_biz.appointments": "アポ数",
        },
      },
    ]);
    expect(root.textContent).toContain("接続しました");
  });

  it("keeps Connect off while a header is chosen twice, and without a date", async () => {
    const { root } = await open();
    await choose(byLabel<HTMLSelectElement>(root, S.sheet.ja), "日報");
    await flush();
    await choose(byLabel<HTMLSelectElement>(root, "架電"), "アポ数");
    await flush();
    expect(button(root, S.connect.ja).disabled).toBe(true);
    expect(root.textContent).toContain("同じ列が2回選ばれています: アポ数");
    await choose(byLabel<HTMLSelectElement>(root, "架電"), "架電数（既存）");
    await choose(byLabel<HTMLSelectElement>(root, "日付 （必須）"), "");
    await flush();
    expect(root.textContent).toContain(S.needDate.ja);
    expect(button(root, S.connect.ja).disabled).toBe(true);
  });
});
