// Boundary rows for streams and their stages (BRIEF §3.1: share 0..1 summing to 1 within 1e-9, deal
// value > 0, at least 2 stages, a rate 0 < rate ≤ 1 on every stage but the last). The sample's one
// stream: new_biz, share 1, deal value 1,000,000, stages calls (0.1) → appointments (0.5) → meetings
// (0.25) → deals; its KPIs count calls and deals and take the rate from appointments.
import {
  chars,
  EMPTY,
  MUST_BE,
  no,
  notId,
  notRate,
  ok,
  REQUIRED,
  type Row,
  tooMany,
  twoStreams,
  unknownField,
} from "./table";

const stage = (p: any, i: number) => p.streams[0].stages[i];

export const streamRows: Row[] = [
  ok("streams", "two streams sharing half each", (p) => twoStreams(p, [0.5, 0.5])),
  ok("streams", "shares 1 in decimal, not in binary (0.7 + 0.1 + 0.2)", (p) => {
    twoStreams(p, [0.7, 0.1]);
    twoStreams(p, [0.7, 0.2], "partner");
  }),
  ok("streams", "shares 1e-10 above 1 (within 1e-9)", (p) => twoStreams(p, [0.5, 0.5 + 1e-10])),
  no("streams", "shares 2e-9 above 1", (p) => twoStreams(p, [0.5, 0.500000002]), [
    "streams",
    "shares must add up to 1 (they add up to 1.000000002)",
  ]),
  no("streams", "shares adding up to 0.6", (p) => twoStreams(p, [0.3, 0.3]), [
    "streams",
    "shares must add up to 1 (they add up to 0.6)",
  ]),
  no("streams", "empty", (p) => (p.streams = []), ["streams", "needs at least 1 item(s)"]),
  no("streams", "missing", (p) => delete p.streams, ["streams", REQUIRED.list]),
  no("streams[]", "an unknown field", (p) => (p.streams[0].color = "red"), [
    "streams[0]",
    unknownField('"color"'),
  ]),
  no("streams[]", "text for a stream", (p) => (p.streams[0] = "new_biz"), ["streams[0]", MUST_BE.object]),

  ok("streams[].id", "31 characters", (p) => {
    const id = `n${chars(30, "x")}`;
    p.streams[0].id = id;
    for (const k of p.kpis) k.source.stream = id;
  }),
  no("streams[].id", "32 characters", (p) => (p.streams[0].id = `n${chars(31, "x")}`), [
    "streams[0].id",
    notId(`n${chars(31, "x")}`),
  ]),
  no("streams[].id", "a capital letter", (p) => (p.streams[0].id = "New_biz"), [
    "streams[0].id",
    notId("New_biz"),
  ]),
  no("streams[].id", "a hyphen", (p) => (p.streams[0].id = "new-biz"), ["streams[0].id", notId("new-biz")]),
  no("streams[].id", "a digit first", (p) => (p.streams[0].id = "1biz"), ["streams[0].id", notId("1biz")]),
  no("streams[].id", "empty", (p) => (p.streams[0].id = ""), ["streams[0].id", notId("")]),
  no("streams[].id", "the same id twice", (p) => twoStreams(p, [0.5, 0.5], "new_biz"), [
    "streams[1].id",
    'duplicate stream id "new_biz"',
  ]),
  no("streams[].id", "missing", (p) => delete p.streams[0].id, ["streams[0].id", REQUIRED.text]),
  ok("streams[].name", "Japanese", (p) => (p.streams[0].name = "新規開拓")),
  no("streams[].name", "empty", (p) => (p.streams[0].name = ""), ["streams[0].name", EMPTY]),
  no("streams[].name", "missing", (p) => delete p.streams[0].name, ["streams[0].name", REQUIRED.text]),
  ok("streams[].share", "0 beside a stream of 1", (p) => twoStreams(p, [1, 0])),
  no("streams[].share", "0 alone", (p) => (p.streams[0].share = 0), [
    "streams",
    "shares must add up to 1 (they add up to 0)",
  ]),
  no("streams[].share", "negative", (p) => (p.streams[0].share = -0.1), [
    "streams[0].share",
    "must be ≥ 0 (got -0.1)",
  ]),
  no("streams[].share", "above 1", (p) => (p.streams[0].share = 1.1), [
    "streams[0].share",
    "must be ≤ 1 (got 1.1)",
  ]),
  no("streams[].share", "100 (a percent)", (p) => (p.streams[0].share = 100), [
    "streams[0].share",
    "must be ≤ 1 (got 100)",
  ]),
  no("streams[].share", "missing", (p) => delete p.streams[0].share, ["streams[0].share", REQUIRED.number]),
  ok("streams[].dealValue", "a fraction (0.5)", (p) => (p.streams[0].dealValue = 0.5)),
  no(
    "streams[].dealValue",
    "1e-300: more calls than a spreadsheet counts",
    (p) => (p.streams[0].dealValue = 1e-300),
    ["kgi.target", tooMany()],
  ),
  no("streams[].dealValue", "0", (p) => (p.streams[0].dealValue = 0), [
    "streams[0].dealValue",
    "must be > 0 (got 0)",
  ]),
  no("streams[].dealValue", "negative", (p) => (p.streams[0].dealValue = -1), [
    "streams[0].dealValue",
    "must be > 0 (got -1)",
  ]),
  no("streams[].dealValue", '"1,000,000" as text', (p) => (p.streams[0].dealValue = "1,000,000"), [
    "streams[0].dealValue",
    MUST_BE.number,
  ]),
  ok("streams[].leadTimeDays", "0", (p) => (p.streams[0].leadTimeDays = 0)),
  ok("streams[].leadTimeDays", "3660", (p) => (p.streams[0].leadTimeDays = 3660)),
  no("streams[].leadTimeDays", "3661", (p) => (p.streams[0].leadTimeDays = 3661), [
    "streams[0].leadTimeDays",
    "must be ≤ 3660 (got 3661)",
  ]),
  no("streams[].leadTimeDays", "1e20", (p) => (p.streams[0].leadTimeDays = 1e20), [
    "streams[0].leadTimeDays",
    "must be ≤ 3660 (got 100000000000000000000)",
  ]),
  no("streams[].leadTimeDays", "negative", (p) => (p.streams[0].leadTimeDays = -1), [
    "streams[0].leadTimeDays",
    "must be ≥ 0 (got -1)",
  ]),
  no("streams[].leadTimeDays", "1.5", (p) => (p.streams[0].leadTimeDays = 1.5), [
    "streams[0].leadTimeDays",
    MUST_BE.whole,
  ]),

  ok("streams[].stages", "two stages", (p) => {
    p.streams[0].stages = [
      { id: "calls", name: "Calls", rate: 0.01 },
      { id: "deals", name: "Deals" },
    ];
    p.kpis.splice(1, 1);
  }),
  no("streams[].stages", "one stage", (p) => (p.streams[0].stages = [{ id: "deals", name: "Deals" }]), [
    "streams[0].stages",
    "needs at least 2 item(s)",
  ]),
  no("streams[].stages", "empty", (p) => (p.streams[0].stages = []), [
    "streams[0].stages",
    "needs at least 2 item(s)",
  ]),
  no("streams[].stages", "missing", (p) => delete p.streams[0].stages, ["streams[0].stages", REQUIRED.list]),
  no("streams[].stages[]", "a misspelt field", (p) => (stage(p, 1).rat = 0.5), [
    "streams[0].stages[1]",
    unknownField('"rat" (did you mean "rate"?)'),
  ]),
  no("streams[].stages[]", "text for a stage", (p) => (p.streams[0].stages[3] = "deals"), [
    "streams[0].stages[3]",
    MUST_BE.object,
  ]),

  ok("streams[].stages[].id", "the same id in another stream", (p) => {
    twoStreams(p, [0.5, 0.5]);
    p.streams[1].stages[1].id = "deals";
  }),
  no("streams[].stages[].id", "the same id twice in a stream", (p) => (stage(p, 2).id = "calls"), [
    "streams[0].stages[2].id",
    'duplicate stage id "calls" in this stream',
  ]),
  no("streams[].stages[].id", "a capital letter", (p) => (stage(p, 0).id = "Calls"), [
    "streams[0].stages[0].id",
    notId("Calls"),
  ]),
  no("streams[].stages[].id", "missing", (p) => delete stage(p, 0).id, [
    "streams[0].stages[0].id",
    REQUIRED.text,
  ]),
  ok("streams[].stages[].name", "Japanese", (p) => (stage(p, 0).name = "架電")),
  no("streams[].stages[].name", "the same name twice in a stream", (p) => (stage(p, 1).name = "Calls"), [
    "streams[0].stages[1].name",
    'duplicate stage name "Calls" in this stream',
  ]),
  // Actuals headers are read back by name, letter case aside (kpi-designer status --actuals).
  no("streams[].stages[].name", "a name differing only by case", (p) => (stage(p, 2).name = "CALLS"), [
    "streams[0].stages[2].name",
    'duplicate stage name "CALLS" in this stream (same as "Calls" but for letter case, which spreadsheets ignore)',
  ]),
  no("streams[].stages[].name", "empty", (p) => (stage(p, 0).name = ""), [
    "streams[0].stages[0].name",
    EMPTY,
  ]),

  ok("streams[].stages[].rate", "1", (p) => (stage(p, 0).rate = 1)),
  ok("streams[].stages[].rate", "0.001", (p) => (stage(p, 0).rate = 0.001)),
  no(
    "streams[].stages[].rate",
    "1e-300: more calls than a spreadsheet counts",
    (p) => (stage(p, 0).rate = 1e-300),
    ["kgi.target", tooMany()],
  ),
  no("streams[].stages[].rate", "0", (p) => (stage(p, 0).rate = 0), [
    "streams[0].stages[0].rate",
    notRate(0),
  ]),
  no("streams[].stages[].rate", "just above 1", (p) => (stage(p, 0).rate = 1.0000001), [
    "streams[0].stages[0].rate",
    `${notRate(1.0000001)} — it looks like a percent: for 1.0000001% write 0.010000001`,
  ]),
  no("streams[].stages[].rate", "negative", (p) => (stage(p, 0).rate = -0.5), [
    "streams[0].stages[0].rate",
    notRate(-0.5),
  ]),
  no("streams[].stages[].rate", "50 (a percent)", (p) => (stage(p, 1).rate = 50), [
    "streams[0].stages[1].rate",
    `${notRate(50)} — it looks like a percent: for 50% write 0.5`,
  ]),
  no("streams[].stages[].rate", '"10%" as text', (p) => (stage(p, 0).rate = "10%"), [
    "streams[0].stages[0].rate",
    MUST_BE.number,
  ]),
  no("streams[].stages[].rate", "missing on a stage with a next", (p) => delete stage(p, 2).rate, [
    "streams[0].stages[2].rate",
    "is required: the conversion rate from this stage to the next (0 < rate ≤ 1)",
  ]),
  no("streams[].stages[].rate", "on the last stage", (p) => (stage(p, 3).rate = 0.5), [
    "streams[0].stages[3].rate",
    "must be left out on the last stage (it has no next stage)",
  ]),
  ok("streams[].stages[].historyRate", "1", (p) => (stage(p, 0).historyRate = 1)),
  no("streams[].stages[].historyRate", "0", (p) => (stage(p, 0).historyRate = 0), [
    "streams[0].stages[0].historyRate",
    notRate(0),
  ]),
  no("streams[].stages[].historyRate", "just above 1", (p) => (stage(p, 0).historyRate = 1.01), [
    "streams[0].stages[0].historyRate",
    `${notRate(1.01)} — it looks like a percent: for 1.01% write 0.0101`,
  ]),
  ok("streams[].stages[].historyCount", "1, with historyRate", (p) => {
    stage(p, 0).historyRate = 0.1;
    stage(p, 0).historyCount = 1;
  }),
  no(
    "streams[].stages[].historyCount",
    "0",
    (p) => {
      stage(p, 0).historyRate = 0.1;
      stage(p, 0).historyCount = 0;
    },
    ["streams[0].stages[0].historyCount", "must be ≥ 1 (got 0)"],
  ),
  no(
    "streams[].stages[].historyCount",
    "2.5",
    (p) => {
      stage(p, 0).historyRate = 0.1;
      stage(p, 0).historyCount = 2.5;
    },
    ["streams[0].stages[0].historyCount", MUST_BE.whole],
  ),
  no("streams[].stages[].historyCount", "without historyRate", (p) => (stage(p, 0).historyCount = 30), [
    "streams[0].stages[0].historyCount",
    "goes with historyRate: the count behind the team's past rate",
  ]),
];
