// Generate: sends the plan to kpiGenerate, shows progress while the server writes, then the sheets
// it made (each a button that opens it through kpiOpenSheet) and the actuals it kept, or the failure
// with its fields and a Retry button.
import { type ComponentChildren, h } from "preact";
import { useState } from "preact/hooks";
import type { EndpointError, GenerateResult } from "../../contract/endpoints";
import type { Text } from "../../domain/i18n";
import { counted, S } from "../strings";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";
import { placeServerIssues } from "../validate";

type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: GenerateResult }
  | { status: "failed"; error: EndpointError };

export function Generate() {
  const form = useForm();
  const { v, server, state } = form;
  const t = useT();
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [openError, setOpenError] = useState<string | null>(null);
  const blocked = v.errors > 0;

  /** The sheet's tab, as if clicked: Sheets shows it beside the sidebar. */
  const openSheet = async (sheetId: number) => {
    const r = await server.call("kpiOpenSheet", sheetId);
    setOpenError(r.ok ? null : r.error.message);
  };

  const start = async (existingLog?: "keep" | "archive") => {
    setRun({ status: "running" });
    setOpenError(null);
    const r = existingLog
      ? await server.call("kpiGenerate", v.input, { existingLog })
      : await server.call("kpiGenerate", v.input);
    if (r.ok) {
      setRun({ status: "done", result: r.value });
      form.generated();
    } else {
      setRun({ status: "failed", error: r.error });
    }
  };

  let outcome: ComponentChildren = null;
  if (run.status === "done") {
    const { sheets, keptRows, archivedColumns } = run.result;
    outcome = h(
      "div",
      { class: "result result-ok" },
      h("h3", null, h(Icon, { kind: "ok" }), t(S.generatedTitle)),
      h("p", { id: "open-sheet-help", class: "help" }, t(S.openSheetHelp)),
      h(
        "ul",
        { class: "sheet-links", "aria-label": t(S.generatedSheets) },
        sheets.map((s) =>
          h(
            "li",
            { key: s.sheetId },
            h(
              "button",
              {
                type: "button",
                class: "link",
                "aria-describedby": "open-sheet-help",
                onClick: () => openSheet(s.sheetId),
              },
              s.name,
            ),
          ),
        ),
      ),
      openError
        ? h("p", { class: "notice notice-warning", role: "alert" }, h(Icon, { kind: "warning" }), openError)
        : null,
      // The first Generate has no actuals to keep: saying "0 rows are kept" would only puzzle.
      keptRows > 0 ? h("p", null, t(counted(S.keptRows, keptRows), { n: keptRows })) : null,
      archivedColumns.length
        ? h(
            "div",
            null,
            h("p", null, t(S.archivedColumns)),
            h(
              "ul",
              null,
              archivedColumns.map((c) => h("li", { key: c }, c)),
            ),
          )
        : null,
    );
  } else if (run.status === "failed" && run.error.code === "log_decision") {
    // A new plan over a log kept under another: nothing was written; the team chooses, then again.
    const choice = (kind: "keep" | "archive", label: Text, help: Text) =>
      h(
        "div",
        { class: "choice" },
        h(
          "button",
          { type: "button", class: kind === "keep" ? "primary" : "secondary", onClick: () => start(kind) },
          t(label),
        ),
        h("p", { class: "help" }, t(help)),
      );
    outcome = h(
      "div",
      { class: "result result-question", role: "alert" },
      h("p", null, h(Icon, { kind: "warning" }), run.error.message),
      h("h3", null, t(S.logQuestion)),
      choice("keep", S.logKeep, S.logKeepHelp),
      choice("archive", S.logArchive, S.logArchiveHelp),
    );
  } else if (run.status === "failed") {
    const issues = placeServerIssues(run.error.issues ?? [], state.plan);
    outcome = h(
      "div",
      { class: "result result-failed", role: "alert" },
      h(
        "p",
        null,
        h(Icon, { kind: "error" }),
        h("strong", null, t(S.generateFailed)),
        " ",
        run.error.code === "busy" ? t(S.busy) : run.error.message,
      ),
      issues.length
        ? h(
            "ul",
            { class: "issues" },
            issues.map((m, i) =>
              h(
                "li",
                { key: `${m.path}-${i}` },
                h("code", null, m.path || "—"),
                " ",
                t(m.message),
                " ",
                h(
                  "button",
                  { type: "button", class: "link", onClick: () => form.goToField(m.anchor) },
                  t(S.fixIt, { step: t(S.steps[m.step].title) }),
                ),
              ),
            ),
          )
        : null,
      h("button", { type: "button", class: "secondary", onClick: () => start() }, t(S.retry)),
    );
  }

  return h(
    "div",
    { class: "generate" },
    h(
      "button",
      {
        type: "button",
        class: "primary big",
        disabled: blocked || run.status === "running",
        "aria-describedby": blocked ? "generate-blocked" : undefined,
        onClick: () => start(),
      },
      t(S.generate),
    ),
    blocked
      ? h(
          "p",
          { id: "generate-blocked", class: "help" },
          t(counted(S.generateBlocked, v.errors), { n: v.errors }),
        )
      : null,
    h(
      "div",
      { class: "progress", role: "status", "aria-live": "polite" },
      run.status === "running"
        ? [h("span", { class: "spinner", "aria-hidden": "true" }), t(S.generating)]
        : null,
    ),
    outcome,
  );
}
