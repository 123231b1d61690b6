// What the sidebar opens on: the wizard, or the panel the menu asked for (data-panel on the root,
// set by the server when it opened the sidebar: "review" for Record a review, "source" for Connect a
// source).
import { h } from "preact";
import { useMemo, useState } from "preact/hooks";
import { type Locale, localeOf } from "../domain/i18n";
import { App, type AppProps } from "./app";
import { ReviewPanel } from "./review/panel";
import { scriptRunServer } from "./server";
import { SourcePanel } from "./source/panel";

export type Panel = "wizard" | "review" | "source";

export function panelOf(name: string | undefined): Panel {
  return name === "review" || name === "source" ? name : "wizard";
}

/** The language the server wrote on the root (data-locale), if it wrote one we speak. */
export function rootLocale(value: string | undefined): Locale | undefined {
  return value === "ja" || value === "en" ? value : undefined;
}

export function Sidebar(props: AppProps & { panel?: Panel }) {
  const [panel, setPanel] = useState<Panel>(props.panel ?? "wizard");
  const server = useMemo(() => props.server ?? scriptRunServer(), [props.server]);
  if (panel !== "wizard") {
    const locale = props.locale ?? localeOf(typeof navigator === "undefined" ? "ja" : navigator.language);
    const onWizard = () => setPanel("wizard");
    return h(panel === "review" ? ReviewPanel : SourcePanel, { server, locale, onWizard });
  }
  return h(App, { ...props, server });
}
