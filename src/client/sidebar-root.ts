// What the sidebar opens on: the wizard, or the panel the menu asked for (data-panel on the root,
// set by the server when it opened the sidebar: "review" for Record a review).
import { h } from "preact";
import { useMemo, useState } from "preact/hooks";
import { type Locale, localeOf } from "../domain/i18n";
import { App, type AppProps } from "./app";
import { ReviewPanel } from "./review/panel";
import { scriptRunServer } from "./server";

export type Panel = "wizard" | "review";

export function panelOf(name: string | undefined): Panel {
  return name === "review" ? "review" : "wizard";
}

/** The language the server wrote on the root (data-locale), if it wrote one we speak. */
export function rootLocale(value: string | undefined): Locale | undefined {
  return value === "ja" || value === "en" ? value : undefined;
}

export function Sidebar(props: AppProps & { panel?: Panel }) {
  const [panel, setPanel] = useState<Panel>(props.panel ?? "wizard");
  const server = useMemo(() => props.server ?? scriptRunServer(), [props.server]);
  if (panel === "review") {
    const locale = props.locale ?? localeOf(typeof navigator === "undefined" ? "ja" : navigator.language);
    return h(ReviewPanel, { server, locale, onWizard: () => setPanel("wizard") });
  }
  return h(App, { ...props, server });
}
