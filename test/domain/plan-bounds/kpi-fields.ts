// Boundary rows for KPIs and their sources (BRIEF §3.1). The sample's KPIs: calls (stage calls of
// new_biz), appt_rate (rate from appointments), deals (stage deals); manualKpi makes kpis[2] the
// manual KPI nps, target 40.
import {
  chars,
  EMPTY,
  MUST_BE,
  manualKpi,
  no,
  notId,
  ok,
  oneOf,
  REQUIRED,
  type Row,
  twoStreams,
  unknownField,
} from "./table";

const SOURCE_SHAPES =
  'must be one of {"stream", "stage"}, {"stream", "rateFrom"} or {"manual": true, "target"}';

export const kpiRows: Row[] = [
  ok("kpis", "empty (the lint asks for 3–5; the file is valid)", (p) => (p.kpis = [])),
  no("kpis", "an object", (p) => (p.kpis = {}), ["kpis", MUST_BE.list]),
  no("kpis", "missing", (p) => delete p.kpis, ["kpis", REQUIRED.list]),
  no("kpis[]", "an unknown field", (p) => (p.kpis[0].frobnicate = true), [
    "kpis[0]",
    unknownField('"frobnicate"'),
  ]),
  no("kpis[]", "a source field one level up", (p) => (p.kpis[0].target = 5), [
    "kpis[0]",
    unknownField('"target" (it belongs elsewhere in the plan)'),
  ]),

  ok("kpis[].id", "the same id as a stage", (p) => (p.kpis[1].id = "appointments")),
  no("kpis[].id", "the same id twice", (p) => (p.kpis[1].id = "calls"), [
    "kpis[1].id",
    'duplicate KPI id "calls"',
  ]),
  no("kpis[].id", "a capital letter", (p) => (p.kpis[0].id = "Calls"), ["kpis[0].id", notId("Calls")]),
  no("kpis[].id", "a space", (p) => (p.kpis[0].id = "calls made"), ["kpis[0].id", notId("calls made")]),
  no("kpis[].id", "missing", (p) => delete p.kpis[0].id, ["kpis[0].id", REQUIRED.text]),
  ok("kpis[].name", "Japanese", (p) => (p.kpis[0].name = "架電数")),
  no("kpis[].name", "empty", (p) => (p.kpis[0].name = ""), ["kpis[0].name", EMPTY]),
  no("kpis[].name", "201 characters", (p) => (p.kpis[0].name = chars(201)), [
    "kpis[0].name",
    "must be at most 200 characters",
  ]),
  ok("kpis[].tier", "outcome", (p) => (p.kpis[0].tier = "outcome")),
  no("kpis[].tier", "effort", (p) => (p.kpis[0].tier = "effort"), [
    "kpis[0].tier",
    oneOf(["activity", "conversion", "outcome"], "effort"),
  ]),
  ok("kpis[].direction", "lower", (p) => (p.kpis[0].direction = "lower")),
  no("kpis[].direction", "up", (p) => (p.kpis[0].direction = "up"), [
    "kpis[0].direction",
    oneOf(["higher", "lower"], "up"),
  ]),
  ok("kpis[].frequency", "monthly", (p) => (p.kpis[0].frequency = "monthly")),
  no("kpis[].frequency", "yearly", (p) => (p.kpis[0].frequency = "yearly"), [
    "kpis[0].frequency",
    oneOf(["daily", "weekly", "monthly"], "yearly"),
  ]),

  no("kpis[].source", "a stream alone", (p) => (p.kpis[0].source = { stream: "new_biz" }), [
    "kpis[0].source",
    SOURCE_SHAPES,
  ]),
  no("kpis[].source", "a number", (p) => (p.kpis[0].source = 5), ["kpis[0].source", SOURCE_SHAPES]),
  no("kpis[].source", "missing", (p) => delete p.kpis[0].source, [
    "kpis[0].source",
    'is required (one of {"stream", "stage"}, {"stream", "rateFrom"} or {"manual": true, "target"})',
  ]),
  no("kpis[].source", "a misspelt field", (p) => manualKpi(p, { agregate: "sum" }), [
    "kpis[2].source",
    unknownField('"agregate" (did you mean "aggregate"?)'),
  ]),
  ok("kpis[].source.stream", "another stream", (p) => {
    twoStreams(p, [0.5, 0.5]);
    p.kpis[0].source = { stream: "referral", stage: "leads" };
  }),
  no("kpis[].source.stream", "a stream the plan lacks", (p) => (p.kpis[0].source.stream = "nope"), [
    "kpis[0].source.stream",
    'no stream has id "nope" (streams: new_biz)',
  ]),
  no("kpis[].source.stream", "a capital letter", (p) => (p.kpis[0].source.stream = "New_biz"), [
    "kpis[0].source.stream",
    notId("New_biz"),
  ]),
  ok("kpis[].source.stage", "the top stage", (p) => (p.kpis[2].source.stage = "calls")),
  no("kpis[].source.stage", "a stage the stream lacks", (p) => (p.kpis[0].source.stage = "visits"), [
    "kpis[0].source.stage",
    'stream "new_biz" has no stage "visits" (stages: calls, appointments, meetings, deals)',
  ]),
  ok("kpis[].source.rateFrom", "the top stage", (p) => (p.kpis[1].source.rateFrom = "calls")),
  no("kpis[].source.rateFrom", "the last stage", (p) => (p.kpis[1].source.rateFrom = "deals"), [
    "kpis[1].source.rateFrom",
    '"deals" is the last stage: a conversion needs a next stage',
  ]),
  no("kpis[].source.rateFrom", "a stage the stream lacks", (p) => (p.kpis[1].source.rateFrom = "visits"), [
    "kpis[1].source.rateFrom",
    'stream "new_biz" has no stage "visits" (stages: calls, appointments, meetings, deals)',
  ]),
  ok("kpis[].source.manual", "true", (p) => manualKpi(p)),
  no("kpis[].source.manual", "false", (p) => manualKpi(p, { manual: false }), [
    "kpis[2].source.manual",
    "must be true (got false)",
  ]),
  ok("kpis[].source.target", "0", (p) => manualKpi(p, { target: 0 })),
  ok("kpis[].source.target", "a fraction (2.5)", (p) => manualKpi(p, { target: 2.5 })),
  no("kpis[].source.target", "negative", (p) => manualKpi(p, { target: -1 }), [
    "kpis[2].source.target",
    "must be ≥ 0 (got -1)",
  ]),
  no("kpis[].source.target", '"40" as text', (p) => manualKpi(p, { target: "40" }), [
    "kpis[2].source.target",
    MUST_BE.number,
  ]),
  ok("kpis[].source.unit", "%", (p) => manualKpi(p, { unit: "%" })),
  ok("kpis[].source.unit", "40 characters", (p) => manualKpi(p, { unit: chars(40) })),
  no("kpis[].source.unit", "41 characters", (p) => manualKpi(p, { unit: chars(41) }), [
    "kpis[2].source.unit",
    "must be at most 40 characters",
  ]),
  ok("kpis[].source.aggregate", "sum", (p) => manualKpi(p, { aggregate: "sum" })),
  ok("kpis[].source.aggregate", "average", (p) => manualKpi(p, { aggregate: "average" })),
  no("kpis[].source.aggregate", "mean", (p) => manualKpi(p, { aggregate: "mean" }), [
    "kpis[2].source.aggregate",
    oneOf(["sum", "average"], "mean"),
  ]),

  ok("kpis[].definition", "1000 characters", (p) => (p.kpis[0].definition = chars(1000))),
  no("kpis[].definition", "1001 characters", (p) => (p.kpis[0].definition = chars(1001)), [
    "kpis[0].definition",
    "must be at most 1000 characters",
  ]),
  ok("kpis[].reason", "1000 characters", (p) => (p.kpis[0].reason = chars(1000))),
  no("kpis[].reason", "1001 characters", (p) => (p.kpis[0].reason = chars(1001)), [
    "kpis[0].reason",
    "must be at most 1000 characters",
  ]),
  ok("kpis[].controllable", "false", (p) => (p.kpis[0].controllable = false)),
  no("kpis[].controllable", '"yes"', (p) => (p.kpis[0].controllable = "yes"), [
    "kpis[0].controllable",
    MUST_BE.boolean,
  ]),
  ok("kpis[].capacityPerDay", "a fraction (0.5)", (p) => (p.kpis[0].capacityPerDay = 0.5)),
  no("kpis[].capacityPerDay", "0", (p) => (p.kpis[0].capacityPerDay = 0), [
    "kpis[0].capacityPerDay",
    "must be > 0 (got 0)",
  ]),
];
