// Boundary rows for the plan's top-level fields, the KGI, the period, the calendar, KFS, the team,
// seasonality, rounding and thresholds (BRIEF §3.1). The sample plan: en, KGI 120,000,000 JPY,
// 2026-04-01 … 2027-03-31 by month (12 periods), reps Sato, Suzuki, Takahashi (weight 2).
import {
  chars,
  EMPTY,
  MUST_BE,
  no,
  notDate,
  ok,
  oneOf,
  REQUIRED,
  type Row,
  tooMany,
  unknownField,
  unreal,
  whole,
} from "./table";

const twelve = (w: number) => Array.from({ length: 12 }, () => w);

export const topRows: Row[] = [
  whole("null instead of a plan", null, ["", MUST_BE.object]),
  whole("a list instead of a plan", [], ["", MUST_BE.object]),
  whole("a string instead of a plan", "plan", ["", MUST_BE.object]),
  no("", "an unknown top-level field", (p) => (p.colour = "red"), ["", unknownField('"colour"')]),

  ok("$schema", "a path for editors", (p) => (p.$schema = "./schema/plan.v1.json")),
  no("$schema", "a number", (p) => (p.$schema = 1), ["$schema", MUST_BE.text]),

  ok("version", "1", (p) => (p.version = 1)),
  no("version", "2", (p) => (p.version = 2), ["version", "must be 1 (got 2)"]),
  no("version", '"1" as text', (p) => (p.version = "1"), ["version", 'must be 1 (got "1")']),
  no("version", "missing", (p) => delete p.version, ["version", "is required (1)"]),

  ok("locale", "ja", (p) => (p.locale = "ja")),
  no("locale", "fr", (p) => (p.locale = "fr"), ["locale", oneOf(["ja", "en"], "fr")]),
  no("locale", "EN (case counts)", (p) => (p.locale = "EN"), ["locale", oneOf(["ja", "en"], "EN")]),
  no("locale", "missing", (p) => delete p.locale, ["locale", 'is required (one of "ja", "en")']),

  ok("title", "200 characters", (p) => (p.title = chars(200))),
  ok("title", "Japanese", (p) => (p.title = "2026年度 インサイドセールス")),
  ok("title", "spaces at either end (trimmed)", (p) => (p.title = "  FY2026  ")),
  no("title", "201 characters", (p) => (p.title = chars(201)), ["title", "must be at most 200 characters"]),
  no("title", "empty", (p) => (p.title = ""), ["title", EMPTY]),
  no("title", "spaces only", (p) => (p.title = "   "), ["title", EMPTY]),
  no("title", "a number", (p) => (p.title = 2026), ["title", MUST_BE.text]),
  no("title", "missing", (p) => delete p.title, ["title", REQUIRED.text]),

  no("kgi", "missing", (p) => delete p.kgi, ["kgi", REQUIRED.object]),
  no("kgi", "a number", (p) => (p.kgi = 5), ["kgi", MUST_BE.object]),
  no("kgi", "a misspelt field", (p) => (p.kgi.targt = 5), [
    "kgi",
    unknownField('"targt" (did you mean "target"?)'),
  ]),
  ok("kgi.name", "Japanese", (p) => (p.kgi.name = "年間売上")),
  no("kgi.name", "empty", (p) => (p.kgi.name = ""), ["kgi.name", EMPTY]),
  no("kgi.name", "201 characters", (p) => (p.kgi.name = chars(201)), [
    "kgi.name",
    "must be at most 200 characters",
  ]),
  no("kgi.name", "missing", (p) => delete p.kgi.name, ["kgi.name", REQUIRED.text]),
  ok("kgi.target", "a fraction (0.5)", (p) => (p.kgi.target = 0.5)),
  ok("kgi.target", "1e12", (p) => (p.kgi.target = 1e12)),
  // Calls = target ÷ 1,000,000 ÷ 0.25 ÷ 0.5 ÷ 0.1 = target × 8e-5: 1.25e19 needs 10^15 calls.
  ok("kgi.target", "1.25e19: 10^15 calls, the most a spreadsheet counts", (p) => (p.kgi.target = 1.25e19)),
  no("kgi.target", "1.2500001e19: just over 10^15 calls", (p) => (p.kgi.target = 1.2500001e19), [
    "kgi.target",
    tooMany(),
  ]),
  no("kgi.target", "1e308: Infinity calls", (p) => (p.kgi.target = 1e308), ["kgi.target", tooMany()]),
  no("kgi.target", "0", (p) => (p.kgi.target = 0), ["kgi.target", "must be > 0 (got 0)"]),
  no("kgi.target", "-0", (p) => (p.kgi.target = -0), ["kgi.target", "must be > 0 (got 0)"]),
  no("kgi.target", "negative", (p) => (p.kgi.target = -5), ["kgi.target", "must be > 0 (got -5)"]),
  no("kgi.target", '"5" as text', (p) => (p.kgi.target = "5"), ["kgi.target", MUST_BE.number]),
  no("kgi.target", "NaN", (p) => (p.kgi.target = Number.NaN), ["kgi.target", MUST_BE.number]),
  no("kgi.target", "Infinity", (p) => (p.kgi.target = Number.POSITIVE_INFINITY), [
    "kgi.target",
    MUST_BE.number,
  ]),
  no("kgi.target", "missing", (p) => delete p.kgi.target, ["kgi.target", REQUIRED.number]),
  ok("kgi.unit", "円", (p) => (p.kgi.unit = "円")),
  ok("kgi.unit", "20 characters", (p) => (p.kgi.unit = chars(20))),
  no("kgi.unit", "21 characters", (p) => (p.kgi.unit = chars(21)), [
    "kgi.unit",
    "must be at most 20 characters",
  ]),
  no("kgi.unit", "empty", (p) => (p.kgi.unit = ""), ["kgi.unit", EMPTY]),
  no("kgi.unit", "missing", (p) => delete p.kgi.unit, ["kgi.unit", REQUIRED.text]),

  no("period", "missing", (p) => delete p.period, ["period", REQUIRED.object]),
  no("period", "an unknown field", (p) => (p.period.length = 12), ["period", unknownField('"length"')]),
  ok("period.start", "29 February of a leap year", (p) => {
    p.period.start = "2028-02-29";
    p.period.end = "2029-02-28";
  }),
  no("period.start", "30 February", (p) => (p.period.start = "2026-02-30"), [
    "period.start",
    unreal("2026-02-30"),
  ]),
  no("period.start", "slashes", (p) => (p.period.start = "2026/04/01"), [
    "period.start",
    notDate("2026/04/01"),
  ]),
  no("period.start", "no leading zeros", (p) => (p.period.start = "2026-4-1"), [
    "period.start",
    notDate("2026-4-1"),
  ]),
  no("period.start", "empty", (p) => (p.period.start = ""), ["period.start", notDate("")]),
  no("period.start", "a number", (p) => (p.period.start = 20260401), ["period.start", MUST_BE.text]),
  no("period.start", "missing", (p) => delete p.period.start, ["period.start", REQUIRED.text]),
  ok("period.end", "the day after start", (p) => (p.period.end = "2026-04-02")),
  no("period.end", "the same day as start", (p) => (p.period.end = "2026-04-01"), [
    "period.end",
    "must be after period.start (2026-04-01)",
  ]),
  no("period.end", "before start (reversed)", (p) => (p.period.end = "2026-03-31"), [
    "period.end",
    "must be after period.start (2026-04-01)",
  ]),
  no("period.end", "29 February of a common year", (p) => (p.period.end = "2027-02-29"), [
    "period.end",
    unreal("2027-02-29"),
  ]),
  no("period.end", "month 13", (p) => (p.period.end = "2027-13-01"), ["period.end", unreal("2027-13-01")]),
  ok("period.granularity", "week", (p) => (p.period.granularity = "week")),
  no("period.granularity", "day", (p) => (p.period.granularity = "day"), [
    "period.granularity",
    oneOf(["month", "week"], "day"),
  ]),
  no("period.granularity", "Month (case counts)", (p) => (p.period.granularity = "Month"), [
    "period.granularity",
    oneOf(["month", "week"], "Month"),
  ]),

  ok("calendar", "empty (the defaults)", (p) => (p.calendar = {})),
  no("calendar", "a list", (p) => (p.calendar = []), ["calendar", MUST_BE.object]),
  no("calendar", "a misspelt field", (p) => (p.calendar = { workday: [1] }), [
    "calendar",
    unknownField('"workday" (did you mean "workdays"?)'),
  ]),
  ok("calendar.workdays", "all seven days", (p) => (p.calendar = { workdays: [1, 2, 3, 4, 5, 6, 7] })),
  no("calendar.workdays", "empty", (p) => (p.calendar = { workdays: [] }), [
    "calendar.workdays",
    "needs at least 1 item(s)",
  ]),
  no("calendar.workdays", "eight days", (p) => (p.calendar = { workdays: [1, 2, 3, 4, 5, 6, 7, 1] }), [
    "calendar.workdays",
    "allows at most 7 item(s)",
  ]),
  no("calendar.workdays", "a weekday twice", (p) => (p.calendar = { workdays: [1, 2, 2] }), [
    "calendar.workdays",
    "lists a weekday twice",
  ]),
  no("calendar.workdays", '"1-5" as text', (p) => (p.calendar = { workdays: "1-5" }), [
    "calendar.workdays",
    MUST_BE.list,
  ]),
  ok("calendar.workdays[]", "Sunday only (7)", (p) => (p.calendar = { workdays: [7] })),
  no("calendar.workdays[]", "0", (p) => (p.calendar = { workdays: [0] }), [
    "calendar.workdays[0]",
    "must be ≥ 1 (got 0)",
  ]),
  no("calendar.workdays[]", "8", (p) => (p.calendar = { workdays: [1, 8] }), [
    "calendar.workdays[1]",
    "must be ≤ 7 (got 8)",
  ]),
  no("calendar.workdays[]", "1.5", (p) => (p.calendar = { workdays: [1.5] }), [
    "calendar.workdays[0]",
    MUST_BE.whole,
  ]),
  ok("calendar.holidays", "empty: no holidays", (p) => (p.calendar = { holidays: [] })),
  no("calendar.holidays", "one date as text", (p) => (p.calendar = { holidays: "2026-05-03" }), [
    "calendar.holidays",
    MUST_BE.list,
  ]),
  ok("calendar.holidays[]", "outside the period", (p) => (p.calendar = { holidays: ["2030-01-01"] })),
  no("calendar.holidays[]", "31 April", (p) => (p.calendar = { holidays: ["2026-05-03", "2026-04-31"] }), [
    "calendar.holidays[1]",
    unreal("2026-04-31"),
  ]),
  no("calendar.holidays[]", "5/3", (p) => (p.calendar = { holidays: ["5/3"] }), [
    "calendar.holidays[0]",
    notDate("5/3"),
  ]),

  ok("kfs", "empty (KFS are optional notes)", (p) => (p.kfs = [])),
  no("kfs", "missing", (p) => delete p.kfs, ["kfs", REQUIRED.list]),
  no("kfs", "text", (p) => (p.kfs = "clean lists"), ["kfs", MUST_BE.list]),
  no("kfs[]", "text for an item", (p) => (p.kfs = ["clean lists"]), ["kfs[0]", MUST_BE.object]),
  no("kfs[]", "an unknown field", (p) => (p.kfs[0].owner = "Sato"), ["kfs[0]", unknownField('"owner"')]),
  ok("kfs[].name", "Japanese", (p) => (p.kfs[0].name = "リストの整備")),
  no("kfs[].name", "empty", (p) => (p.kfs[0].name = ""), ["kfs[0].name", EMPTY]),
  no("kfs[].name", "missing", (p) => (p.kfs[0] = {}), ["kfs[0].name", REQUIRED.text]),
  ok("kfs[].note", "1000 characters", (p) => (p.kfs[0].note = chars(1000))),
  no("kfs[].note", "1001 characters", (p) => (p.kfs[0].note = chars(1001)), [
    "kfs[0].note",
    "must be at most 1000 characters",
  ]),
  no("kfs[].note", "a number", (p) => (p.kfs[0].note = 1), ["kfs[0].note", MUST_BE.text]),

  ok("team", "one rep", (p) => (p.team = [{ name: "Sato" }])),
  no("team", "empty", (p) => (p.team = []), ["team", "needs at least 1 item(s)"]),
  no("team", "missing", (p) => delete p.team, ["team", REQUIRED.list]),
  no("team[]", "a name as text", (p) => (p.team[0] = "Sato"), ["team[0]", MUST_BE.object]),
  no("team[]", "a misspelt field", (p) => (p.team[0].weigth = 2), [
    "team[0]",
    unknownField('"weigth" (did you mean "weight"?)'),
  ]),
  ok("team[].name", "text that looks like a formula", (p) => (p.team[0].name = "=SUM(A1)")),
  ok("team[].name", "spaces at either end (trimmed)", (p) => (p.team[0].name = " Ito ")),
  ok("team[].name", "200 characters", (p) => (p.team[0].name = chars(200))),
  no("team[].name", "201 characters", (p) => (p.team[0].name = chars(201)), [
    "team[0].name",
    "must be at most 200 characters",
  ]),
  no("team[].name", "empty", (p) => (p.team[0].name = ""), ["team[0].name", EMPTY]),
  no("team[].name", "the same name twice", (p) => (p.team[1].name = "Sato"), [
    "team[1].name",
    'duplicate rep name "Sato" (actuals are matched by name, letter case aside)',
  ]),
  no("team[].name", "a name differing only by case", (p) => (p.team[2].name = "sato"), [
    "team[2].name",
    'duplicate rep name "sato": rows of "Sato" would count for it too (actuals are matched by name, letter case aside)',
  ]),
  ok("team[].weight", "a fraction (0.5)", (p) => (p.team[0].weight = 0.5)),
  ok("team[].weight", "1e6", (p) => (p.team[0].weight = 1e6)),
  no("team[].weight", "0", (p) => (p.team[0].weight = 0), ["team[0].weight", "must be > 0 (got 0)"]),
  no("team[].weight", "negative", (p) => (p.team[0].weight = -1), ["team[0].weight", "must be > 0 (got -1)"]),
  no("team[].weight", '"2" as text', (p) => (p.team[0].weight = "2"), ["team[0].weight", MUST_BE.number]),

  ok("seasonality", "one weight per month", (p) => (p.seasonality = twelve(1))),
  no("seasonality", "three weights for twelve months", (p) => (p.seasonality = [1, 2, 3]), [
    "seasonality",
    "needs one weight per period: 12 (got 3)",
  ]),
  no("seasonality", "empty", (p) => (p.seasonality = []), [
    "seasonality",
    "needs one weight per period: 12 (got 0)",
  ]),
  no("seasonality", "all zero", (p) => (p.seasonality = twelve(0)), [
    "seasonality",
    "needs at least one weight above 0",
  ]),
  no("seasonality", "text", (p) => (p.seasonality = "flat"), ["seasonality", MUST_BE.list]),
  ok(
    "seasonality[]",
    "zeros and fractions beside a weight",
    (p) => (p.seasonality = [0, 0.5, ...twelve(1).slice(2)]),
  ),
  no("seasonality[]", "negative", (p) => (p.seasonality = [-1, ...twelve(1).slice(1)]), [
    "seasonality[0]",
    "must be ≥ 0 (got -1)",
  ]),
  no("seasonality[]", '"1" as text', (p) => (p.seasonality = ["1", ...twelve(1).slice(1)]), [
    "seasonality[0]",
    MUST_BE.number,
  ]),

  ok("rounding", "stage", (p) => (p.rounding = "stage")),
  ok("rounding", "end", (p) => (p.rounding = "end")),
  no("rounding", "none", (p) => (p.rounding = "none"), ["rounding", oneOf(["stage", "end"], "none")]),

  ok("thresholds", "warn equal to good", (p) => (p.thresholds = { good: 0.9, warn: 0.9 })),
  no("thresholds", "a misspelt field", (p) => (p.thresholds = { good: 1, warn: 0.8, wran: 1 }), [
    "thresholds",
    unknownField('"wran" (did you mean "warn"?)'),
  ]),
  ok("thresholds.good", "above 1 (1.2)", (p) => (p.thresholds = { good: 1.2, warn: 0.8 })),
  no("thresholds.good", "0", (p) => (p.thresholds = { good: 0, warn: 0.8 }), [
    "thresholds.good",
    "must be > 0 (got 0)",
  ]),
  no("thresholds.good", "missing", (p) => (p.thresholds = { warn: 0.8 }), [
    "thresholds.good",
    REQUIRED.number,
  ]),
  ok("thresholds.warn", "small (0.01)", (p) => (p.thresholds = { good: 1, warn: 0.01 })),
  no("thresholds.warn", "0", (p) => (p.thresholds = { good: 1, warn: 0 }), [
    "thresholds.warn",
    "must be > 0 (got 0)",
  ]),
  no("thresholds.warn", "above good", (p) => (p.thresholds = { good: 0.8, warn: 0.9 }), [
    "thresholds.warn",
    "must not be above thresholds.good",
  ]),
];
