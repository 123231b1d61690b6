// Stop counting a connected source (issue 19): the sheets are regenerated without it; the team's
// sheet is never touched. Offered on the sheet connected now.
import { h } from "preact";
import { useState } from "preact/hooks";
import type { EndpointError } from "../../contract/endpoints";
import type { Text } from "../../domain/i18n";
import type { Server } from "../server";
import { S } from "../strings-source";
import { Icon } from "../ui/fields";

type State = "idle" | "running" | "done" | { error: EndpointError };

export function Disconnect(p: {
  server: Server;
  sheet: string;
  t(x: Text, values?: Record<string, string | number>): string;
}) {
  const [state, setState] = useState<State>("idle");
  const disconnect = async () => {
    setState("running");
    const r = await p.server.call("kpiDisconnectSource");
    setState(r.ok ? "done" : { error: r.error });
  };
  if (state === "done")
    return h(
      "p",
      { class: "result result-ok", role: "status" },
      h(Icon, { kind: "ok" }),
      p.t(S.disconnected, { sheet: p.sheet }),
    );
  return h(
    "div",
    { class: "field" },
    h("p", { class: "help" }, p.t(S.connectedNow)),
    h(
      "button",
      { type: "button", class: "secondary", disabled: state === "running", onClick: disconnect },
      p.t(state === "running" ? S.disconnecting : S.disconnect),
    ),
    typeof state === "object"
      ? h(
          "p",
          { class: "result result-failed", role: "alert" },
          h(Icon, { kind: "error" }),
          state.error.message,
        )
      : null,
  );
}
