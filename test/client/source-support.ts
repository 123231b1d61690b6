// The sidebar's Connect a source panel mounted over an injected server, as both panel tests need it:
// a stored plan, the team's sheet beside ours, the proposal given, Connect and Disconnect answered.
import { h, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach } from "vitest";
import { Sidebar } from "../../src/client/sidebar-root";
import type { EndpointResult, SourceProposal } from "../../src/contract/endpoints";
import type { Plan } from "../../src/domain/plan";
import { type FakeServer, fakeServer, flush } from "./helpers";

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) render(null, mounted);
  mounted = null;
});

const regenerated = (): EndpointResult<"kpiConnectSource"> => ({
  ok: true,
  value: { sheets: [], keptRows: 0, archivedColumns: [] },
});

export async function openSourcePanel(
  plan: Plan,
  theirSheet: string,
  proposal: () => SourceProposal,
): Promise<{ root: HTMLElement; server: FakeServer }> {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.append(root);
  mounted = root;
  const server = fakeServer({
    kpiGetContext: () => ({
      ok: true,
      value: {
        spreadsheetId: "x",
        locale: "ja",
        timeZone: "Asia/Tokyo",
        plan,
        sheetNames: ["ダッシュボード", theirSheet],
        ownSheets: { dashboard: "ダッシュボード" },
        actualRows: 0,
      },
    }),
    kpiProposeSource: () => ({ ok: true, value: proposal() }),
    kpiConnectSource: regenerated,
    kpiDisconnectSource: regenerated,
  });
  await act(() => {
    render(h(Sidebar, { panel: "source", server, storage: null, locale: "ja" }), root);
  });
  await flush();
  return { root, server };
}
