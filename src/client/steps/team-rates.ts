// "Use my team's rates" in the process step: asks the server for the rates of this spreadsheet's
// Actuals log, fills each rate that has enough history (team-rates.ts decides which), says what it
// did and what it kept, and offers to put the rates back as they were. The interval of a filled
// rate shows under its field for as long as the stage keeps that history.
import { h } from "preact";
import { historyRange, MIN_HISTORY_COUNT, percentOne } from "../../domain/history-range";
import type { Text } from "../../domain/i18n";
import type { StageDraft } from "../state";
import { type Counted, counted } from "../strings-steps";
import { TR } from "../strings-team-rates";
import { fillFromHistory, type TeamRatesFill } from "../team-rates";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";

/** Counted enough, but at a rate no plan can hold (0%, or above 100%). */
const tooOdd = (s: { n: number; rate: number | null }) => s.n >= MIN_HISTORY_COUNT && s.rate !== null;

export type TeamRatesRun =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "done"; fill: TeamRatesFill; undone: boolean }
  | { status: "failed"; message: string };

/** What shows under a stage's rate: its recorded history with the interval, or why it was not filled. */
export function historyHelp(
  stage: StageDraft,
  streamId: string,
  run: TeamRatesRun,
): { text: Text; values: Record<string, string | number> } | undefined {
  const range = historyRange(stage);
  if (range && stage.historyCount !== undefined) {
    return {
      text: TR.history,
      values: {
        rate: percentOne(range.rate),
        low: percentOne(range.low),
        high: percentOne(range.high),
        n: stage.historyCount,
      },
    };
  }
  if (run.status !== "done" || run.undone) return undefined;
  const short = run.fill.short.find((s) => s.stream === streamId && s.stage === stage.id);
  if (!short) return undefined;
  const n = Math.round(short.n);
  return tooOdd(short)
    ? { text: TR.notARate, values: { rate: percentOne(short.rate ?? 0), n } }
    : { text: TR.notEnough, values: { n } };
}

export function TeamRates(p: { run: TeamRatesRun; setRun(run: TeamRatesRun): void }) {
  const { server, state, dispatch } = useForm();
  const t = useT();
  const { run, setRun } = p;
  const use = async () => {
    setRun({ status: "reading" });
    const r = await server.call("kpiTeamRates");
    if (!r.ok) return setRun({ status: "failed", message: r.error.message });
    const fill = fillFromHistory(state.plan, r.value);
    if (fill.apply.length > 0) dispatch({ type: "stageRates", changes: fill.apply });
    setRun({ status: "done", fill, undone: false });
  };
  const undo = () => {
    if (run.status !== "done") return;
    dispatch({ type: "stageRates", changes: run.fill.undo });
    setRun({ ...run, undone: true });
  };
  const report = () => {
    if (run.status === "reading") return h("p", { class: "team-rates-status" }, t(TR.reading));
    if (run.status === "failed")
      return h("p", { class: "notice notice-warning" }, h(Icon, { kind: "warning" }), run.message);
    if (run.status !== "done") return null;
    const { fill } = run;
    if (run.undone) return h("p", null, t(TR.undone));
    const n = fill.apply.length;
    const unusable = fill.short.filter(tooOdd).length;
    const few = fill.short.length - unusable;
    const more = (text: Counted, k: number) => (k > 0 ? ` ${t(counted(text, k), { n: k })}` : "");
    return h(
      "p",
      null,
      n > 0 ? t(counted(TR.filled, n), { n, rows: fill.rows }) : t(TR.noneFilled, { rows: fill.rows }),
      more(TR.short, few),
      more(TR.unusable, unusable),
      more(TR.missing, fill.missing),
      more(TR.unreadable, fill.unreadable),
      n > 0 ? " " : "",
      n > 0 ? h("button", { type: "button", class: "link", onClick: undo }, t(TR.undo)) : null,
    );
  };
  return h(
    "div",
    { class: "team-rates" },
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        disabled: run.status === "reading",
        "aria-describedby": "team-rates-help",
        onClick: () => void use(),
      },
      t(TR.use),
    ),
    h("p", { id: "team-rates-help", class: "help" }, t(TR.help, { min: MIN_HISTORY_COUNT })),
    h("div", { role: "status", "aria-live": "polite" }, report()),
  );
}
