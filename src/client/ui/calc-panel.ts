// The live reverse calculation, announced politely to screen readers as it changes:
// "架電 4,100件：1人1稼働日あたり17件" / "Calls 4,100: 17 per rep per working day", and below one a
// day "受注 120件：1人あたり約8稼働日に1件" / "Deals 120: about 1 every 8 working days per rep" (the
// domain's day guide, never a rounded-up "1 a day"). Before the team is entered, the figures are the
// whole team's and say so.
import { type ComponentChildren, h } from "preact";
import { useLayoutEffect, useMemo, useRef } from "preact/hooks";
import { dayGuideText } from "../../domain/day-guide";
import { format, type Locale, type Text } from "../../domain/i18n";
import { type CalcLever, type CalcStage, reverseCalc } from "../calc";
import { formatNumber } from "../convert";
import type { PlanInput } from "../plan-build";
import { counted, S } from "../strings";
import { SLT } from "../strings-lead";
import { SL } from "../strings-levers";
import { useForm, useT } from "./form";

/**
 * What a stage asks per working day, in both languages alike: per rep (the busiest rep's, said so,
 * when reps differ), or for the whole team while no team is entered.
 */
export function stageGuide(s: Pick<CalcStage, "day" | "varies">, teamMissing: boolean): Text {
  const fill = (t: Text, values: Record<string, string | number>): Text => ({
    ja: format(t.ja, values),
    en: format(t.en, values),
  });
  const g = s.day;
  if (teamMissing) {
    if (g.kind === "perDay") {
      return {
        ja: format(S.guideTeamPerDay.ja, { n: formatNumber(g.count, "ja") }),
        en: format(S.guideTeamPerDay.en, { n: formatNumber(g.count, "en") }),
      };
    }
    if (g.kind === "every") return fill(S.guideTeamEvery, { d: g.days });
    return { ja: "—", en: "—" };
  }
  const text = dayGuideText(g);
  if (!s.varies) return text;
  return {
    ja: format(S.guideBusiest.ja, { guide: text.ja }),
    en: format(S.guideBusiest.en, { guide: text.en }),
  };
}

/** One line of the calculation, in the user's language. */
export function calcLine(s: CalcStage, locale: Locale, teamMissing: boolean): string {
  const n = formatNumber(s.required, locale);
  const guide = stageGuide(s, teamMissing)[locale];
  return locale === "ja" ? `${s.stageName} ${n}件：${guide}` : `${s.stageName} ${n}: ${guide}`;
}

/** The KGI's unit as typed ("円", "JPY"), for the levers' amounts. */
const unitOf = (input: PlanInput): string => {
  const unit = (input.kgi as { unit?: unknown } | undefined)?.unit;
  return typeof unit === "string" ? unit.trim() : "";
};

/** One lever in words: which step, how much activity it saves, how much KGI it brings. */
export function leverLine(l: CalcLever, locale: Locale, unit: string): string {
  const text = l.kind === "rate" ? SL.rate : SL.dealValue;
  const kgi = `${formatNumber(Math.round(l.kgi), locale)}${unit ? (locale === "ja" ? unit : ` ${unit}`) : ""}`;
  return format(text[locale], {
    from: l.fromName,
    to: l.toName,
    top: l.topName,
    n: formatNumber(-l.activity, locale),
    kgi,
  });
}

/** A stream with lead time: what must be in the pipeline at the start, per stage ahead of its deals. */
export function pipelineLine(stages: readonly CalcStage[], locale: Locale): string | null {
  const ahead = stages.filter((s) => s.leadDays > 0);
  if (ahead.length === 0) return null;
  const parts = ahead.map((s) =>
    format(SLT.pipelineStage[locale], {
      stage: s.stageName,
      n: formatNumber(s.pipelineAtStart, locale),
      days: s.leadDays,
    }),
  );
  return SLT.pipeline[locale] + parts.join(locale === "ja" ? "、" : ", ");
}

/** The three biggest levers, the first named as the biggest. */
function leverList(levers: readonly CalcLever[], locale: Locale, unit: string): ComponentChildren {
  if (levers.length === 0) return null;
  return h(
    "div",
    { key: "levers", class: "calc-levers" },
    h("h4", null, SL.title[locale]),
    h(
      "ol",
      null,
      levers
        .slice(0, 3)
        .map((l, i) =>
          h(
            "li",
            { key: `${l.stream}:${l.stage ?? "value"}` },
            `${i === 0 ? SL.biggest[locale] : ""}${leverLine(l, locale, unit)}`,
          ),
        ),
    ),
  );
}

export function CalcPanel(props: { streamId?: string }) {
  const { v, locale } = useForm();
  const t = useT();
  const calc = useMemo(() => reverseCalc(v.input, v.plan), [v]);
  let body: ComponentChildren;
  if (!calc.ok) {
    body = h("p", null, t(v.stepErrors.process > 0 || v.stepErrors.kgi > 0 ? S.calcBlocked : S.calcWaiting));
  } else {
    const stages = props.streamId ? calc.stages.filter((s) => s.streamId === props.streamId) : calc.stages;
    const streams = [...new Set(stages.map((s) => s.streamId))];
    body = [
      h(
        "p",
        { key: "days", class: "calc-meta" },
        calc.teamMissing
          ? t(S.calcDaysNoTeam, { days: formatNumber(calc.workingDays, locale) })
          : t(counted(S.calcDays, calc.reps), {
              days: formatNumber(calc.workingDays, locale),
              reps: calc.reps,
            }),
      ),
      ...streams.flatMap((id) => {
        const own = stages.filter((s) => s.streamId === id);
        const pipeline = pipelineLine(own, locale);
        return [
          h(
            "ul",
            { key: id, class: "calc-lines", "aria-label": own[0]?.streamName },
            own.map((s) => h("li", { key: s.stageId }, calcLine(s, locale, calc.teamMissing))),
          ),
          pipeline ? h("p", { key: `${id}:pipeline`, class: "calc-meta" }, pipeline) : null,
        ];
      }),
      leverList(
        calc.levers.filter((l) => !props.streamId || l.stream === props.streamId),
        locale,
        unitOf(v.input),
      ),
    ];
  }
  return h(
    "div",
    { class: "calc", role: "status", "aria-live": "polite", "aria-label": t(S.calcTitle) },
    h("h3", null, t(S.calcTitle)),
    body,
  );
}

/**
 * The top of each funnel, pinned to the bottom of the panel while the process is edited, so the
 * number stays in sight in a 300 px sidebar. A visual copy: the live region above is what screen
 * readers hear, so this one is hidden from them.
 */
/** The CSS variable holding the sticky headline's height (sidebar.css pads scrolling by it). */
export const HEADLINE_HEIGHT_VAR = "--calc-headline-height";

/**
 * The headline sticks to the bottom of the sidebar. A field the focus moves to must never sit under
 * it: its height goes to the page's scroll-padding-bottom, so focusing scrolls the field above it.
 */
function usePadScrollBy(bar: { current: HTMLElement | null }, shown: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const el = bar.current;
    if (!shown || !el) return;
    const set = () =>
      root.style.setProperty(HEADLINE_HEIGHT_VAR, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const watch = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(set);
    watch?.observe(el);
    return () => {
      watch?.disconnect();
      root.style.removeProperty(HEADLINE_HEIGHT_VAR);
    };
  }, [shown]);
}

export function CalcHeadline() {
  const { v, locale } = useForm();
  const calc = useMemo(() => reverseCalc(v.input, v.plan), [v]);
  const bar = useRef<HTMLDivElement>(null);
  usePadScrollBy(bar, calc.ok);
  if (!calc.ok) return null;
  const tops = calc.stages.filter((s, i, all) => all.findIndex((x) => x.streamId === s.streamId) === i);
  return h(
    "div",
    { class: "calc-headline", "aria-hidden": "true", ref: bar },
    tops.map((s) => h("div", { key: s.streamId }, calcLine(s, locale, calc.teamMissing))),
  );
}
