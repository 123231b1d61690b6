// The KGI of each working day, under the Trends table: the series the Dashboard's chance of reaching
// the KGI is estimated from (domain/hit-probability.ts, domain/status/daily.ts). One row per working
// day of the period by formulas (WORKDAY.INTL over the Assumptions' weekend and holidays), so a
// holiday added later moves the days; a day after the as-of date is blank. A day sums the entries
// since the working day before, so an entry on a day off counts on the next working day. The team's
// days only: a second column for the rep picked on the Dashboard would be another SUMIFS a day with a
// text criterion — in the test engine it made every generation several times slower — for a number
// `status` gives per rep already; with a rep picked, the Dashboard's chance is blank.
import { workingDays } from "../domain/calendar";
import { pick, type Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { planCalendar } from "../domain/plan";
import { rectA1, sheetRectA1 } from "./a1";
import { formula, header, rect, type SheetBuilder, text } from "./grid";
import { between, type LogRefs } from "./log-refs";
import { N } from "./names";
import { kgiFormatOf } from "./units";

const DK = {
  title: { ja: "稼働日ごとのKGI", en: "KGI by working day" },
  note: {
    ja: "ダッシュボードの「KGI達成確率」はこの日々の実績から推定します。休日の記録は次の稼働日に数えます。",
    en: "The Dashboard's chance of reaching the KGI is estimated from these days. An entry on a day off counts on the next working day.",
  },
  day: { ja: "稼働日", en: "Working day" },
  team: { ja: "チーム", en: "Team" },
} satisfies Record<string, Text>;

/** Where the series is: the team's KGI of the elapsed days (blank after as-of), with its sheet. */
export interface DailyKgiLayout {
  values: string;
}

export function dailyKgiBlock(s: SheetBuilder, plan: Plan, log: LogRefs): DailyKgiLayout {
  const t = (x: Text) => pick(x, plan.locale);
  const kgiFormat = kgiFormatOf(plan.kgi.unit);
  // Room for every weekday of the period: holidays removed in Assumptions later still fit.
  const { start, end } = plan.period;
  const rows = Math.max(1, workingDays(start, end, { ...planCalendar(plan), holidays: [] }));
  s.line([text(t(DK.title), "section"), text(t(DK.note), "note")]);
  s.line([header(t(DK.day)), header(t(DK.team))]);
  const first = s.row;
  const kgi = "kgi";
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const day = rectA1(rect(r, 0), false);
    const prev = rectA1(rect(r - 1, 0), false);
    const after = i === 0 ? `${N.periodStart}-1` : prev;
    const next = `WORKDAY.INTL(${after},1,${N.weekendMask},${N.holidays})`;
    const dayFormula = `IF(${next}>${N.periodEnd},"",${next})`;
    const from = i === 0 ? N.periodStart : `${prev}+1`;
    const sum = between(log, kgi, from, day);
    s.line([
      formula(i === 0 ? dayFormula : `IF(${prev}="","",${dayFormula})`, "date"),
      formula(`IF(${day}="","",IF(${day}>${N.asOf},"",${sum}))`, kgiFormat),
    ]);
  }
  return { values: sheetRectA1(s.spec.name, rect(first, 1, rows, 1)) };
}

/**
 * The chance of reaching `target` from the series (domain/hit-probability.ts in formulas): 1 once
 * the days' sum reaches it; blank before 5 days; 0 with no day left; an exact projection when every
 * day is the same; else P(T > t) on n − 1 degrees of freedom, t = (target − sum − m·mean) ÷
 * (s·√(m + m²/n)). STDEV (the sample deviation) in its oldest spelling, which every engine reads.
 */
export function hitProbabilityFormula(values: string, target: string): string {
  const [sum, n, m, sd] = [`SUM(${values})`, `COUNT(${values})`, N.daysRemaining, `STDEV(${values})`];
  const projected = `${sum}+${m}*${sum}/${n}`;
  const t = `(${target}-(${projected}))/(${sd}*SQRT(${m}+${m}*${m}/${n}))`;
  return `IF(${sum}>=${target},1,IF(${n}<5,"",IF(${m}<=0,0,IF(${sd}=0,IF(${projected}>=${target},1,0),1-T.DIST(${t},${n}-1,1)))))`;
}
