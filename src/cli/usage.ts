// Usage text of the command line and of each command (BRIEF §3.6).
export const EXIT_CODES = `Exit codes:
  0  done (check: valid plan; lint warnings are allowed)
  1  the plan has lint errors, or the workbook could not be written (bad --out path, an existing
     file that would lose data without --update, --update on a missing file)
  2  invalid input: usage error, unreadable plan file, bad JSON or a plan that breaks the schema`;

export const usage = `kpi-designer — plan checks and workbook export for KPI Designer

Usage:
  kpi-designer check PLAN.json                        schema and SMART lint report
  kpi-designer funnel PLAN.json [--json]              required counts per stream stage
  kpi-designer export PLAN.json --out FILE.xlsx [--update [--log keep|archive]]
                                                      the workbook as .xlsx
  kpi-designer status WORKBOOK.xlsx [--as-of YYYY-MM-DD] [--json]
  kpi-designer status PLAN.json --actuals LOG.csv|LOG.xlsx [--deals LIST] [--map MAP.json] [--as-of YYYY-MM-DD] [--json]
                                                      progress to date: KGI, KPIs, reps, periods,
                                                      funnel and bottleneck
  kpi-designer status PLAN.json --events EVENTS.parquet|EVENTS.csv [--grain day|week] [--time-zone ZONE] [--columns …]
                                                      the same from raw events, aggregated in DuckDB
  kpi-designer sql PLAN.json --dialect duckdb|bigquery --source TABLE [--grain day|week] [--time-zone ZONE] [--columns …]
                                                      the SQL that turns raw events into the Actuals log
  kpi-designer template [ID] [--locale ja|en] [--add KPI,…]  list templates, or print one as a plan file
  kpi-designer COMMAND --help                         help on a command
  kpi-designer --version

Each option is given once; --name=value also works (for a value that starts with "-").

${EXIT_CODES}
`;

export const commandUsage: Record<string, string> = {
  check: `Usage: kpi-designer check PLAN.json

Checks a plan file: the schema first (every problem names its field, e.g.
streams[0].stages[1].rate), then the SMART lint (errors, warnings, info, each with a hint).

Exit codes: 0 valid (warnings allowed), 1 lint errors, 2 invalid file.
`,
  funnel: `Usage: kpi-designer funnel PLAN.json [--json]

Prints the team's required count of every stream stage for the whole period (the reverse
funnel from the KGI). With --json:
  { "streams": [ { "id", "stages": [ { "id", "name", "required" } ] } ] }

Exit codes: 0 done, 2 invalid file.
`,
  status: `Usage: kpi-designer status WORKBOOK.xlsx [--as-of YYYY-MM-DD] [--json]
       kpi-designer status PLAN.json --actuals LOG.csv|LOG.xlsx [--deals LIST] [--map MAP.json] [--as-of YYYY-MM-DD] [--json]
       kpi-designer status PLAN.json --events EVENTS.parquet|EVENTS.csv [--grain day|week] [--time-zone ZONE]
                                     [--columns FIELD=NAME,…] [--as-of YYYY-MM-DD] [--json]

The Dashboard's numbers without a spreadsheet: the KGI and every KPI to date (target, target to
date, actual, achievement, pace, status), each rep, each period, the funnel against plan and its
bottleneck with what it puts at stake and the playbook's remedies, and every log entry that cannot
be counted (cell, value, why).

  WORKBOOK.xlsx     a workbook KPI Designer wrote (export, or downloaded from Google Sheets): the
                    plan stored in it and its Actuals as the team left them, columns found by id
                    wherever they moved.
  PLAN.json --actuals LOG
                    a plan file and a log (.csv or .xlsx) with a header row: the Actuals header, or
                    the team's own (a CRM export, a form's responses: タイムスタンプ, 氏名, 架電数,
                    Owner, Amount...), mapped to the plan's columns by their words; the mapping is
                    printed on stderr, and a header that reads two ways is refused with the
                    candidates. A .csv may be UTF-8 (with or without BOM) or Shift_JIS; dates are
                    YYYY-MM-DD or YYYY/M/D, and a timestamp (2027/01/05 9:15:02) counts on its date.
  --deals LIST      a deal list (.csv or .xlsx; alone or with --actuals): one row per deal with
                    owner, created date, phase/status, furthest stage, amount and/or a date per
                    stage. A deal counts in every stage up to the furthest it reached, dated by
                    that stage's date (else created); won amounts are the KGI on the won date.
  --map MAP.json    pin the mapping: {"version":1,"columns":{"date":"タイムスタンプ","rep":"氏名",
                    "stage:STREAM.STAGE":"架電数",...}} (keys: date, rep, stage:..., kgi, kpi:ID,
                    notes); a mapped header the log no longer has stops the command. A deal
                    list's map has "kind":"deals", its stream, columns (rep, created, status,
                    furthest, amount, date:STREAM.STAGE) and "phases" ({"受注":{"stage":"deals",
                    "outcome":"won"},...}); the command prints the map it used.
  --events FILE     raw events (.parquet, or .csv with a header row): event_time, rep, stream,
                    stage, amount — one row per call, meeting, won deal... The query of
                    "kpi-designer sql --dialect duckdb" aggregates them in embedded DuckDB into
                    the Actuals log (one row per rep per day or week), read as the Actuals are.
                    Events the plan has no stage or manual KPI for are counted on stderr.
  --grain day|week  with --events: a row per rep per day (default) or per ISO week.
  --time-zone ZONE  with --events: the zone an event's date is taken in (default Asia/Tokyo for
                    a ja plan, UTC otherwise); a time written without a zone is already local.
  --columns F=NAME,…  with --events: the file's own names for event_time, rep, stream, stage, amount.
  --as-of DATE      count actuals through DATE inclusive (default: today).
  --json            print the report as JSON (schema/status.v1.json); numbers unrounded.

Exit codes: 0 done, 2 invalid input (unreadable file, no plan in the workbook, bad date).
`,
  sql: `Usage: kpi-designer sql PLAN.json --dialect duckdb|bigquery --source TABLE [--grain day|week]
                        [--time-zone ZONE] [--columns FIELD=NAME,…]

Prints one SQL query that reads a raw event table and returns the plan's Actuals log: ACT_DATE,
ACT_REP, one column per stage (ACT_<stream>_<stage>: the events of that stage), ACT_KGI (the
amounts on stage events), ACT_KPI_<id> (a manual KPI's values, summed or averaged as it adds up),
one row per rep per day or ISO week of the plan's period. A warehouse aggregates; the workbook
works on its rows unchanged (connect the sheet they land in as a source).

The event table: event_time (TIMESTAMP), rep (text), stream (a stream id or name; empty for a
manual KPI's value), stage (a stage id or name of that stream, or a manual KPI's id or name),
amount (number, may be empty). Names from the plan are quoted for the dialect.

  --dialect         duckdb or bigquery: they differ in quoting and date functions only.
  --source TABLE    the event table: project.dataset.table (each part quoted), or for duckdb a
                    .parquet/.csv file read as a table.
  --grain day|week  one row per rep per day (default), or per ISO week (dated its Monday, or the
                    period's first day for a week begun before it).
  --time-zone ZONE  the zone an instant's date is taken in (default Asia/Tokyo for a ja plan, UTC
                    otherwise); in duckdb a TIMESTAMP without a zone is already local.
  --columns F=NAME,…  the table's own names: --columns event_time=created_at,rep=owner

Exit codes: 0 printed, 2 invalid input.
`,
  export: `Usage: kpi-designer export PLAN.json --out FILE.xlsx [--update [--log keep|archive]]

Writes the workbook (KPI tree, dashboard, targets, actuals, assumptions, review log, and a hidden
data sheet) as .xlsx with live formulas, named ranges (KGI_TARGET, REQ_<stream>_<stage>, ...),
formats, validation and colour rules. Charts and warning-only protection exist in the Google
Sheets add-on only.

  --out FILE.xlsx   where to write (a name ending in .xlsx). The file is written whole or not at all.
  --update          regenerate the KPI Designer sheets of an existing FILE.xlsx for the plan,
                    keeping every row of its Actuals (a renamed stage keeps its column; a removed
                    one is archived) and every sheet KPI Designer did not create. On a workbook
                    KPI Designer never wrote, adds the sheets to it (a name clash gets " (2)").
  --log keep|archive  with --update, for a NEW plan (another KGI, or a period sharing no day)
                    over a workbook whose Actuals hold rows of the old one: keep = carry them on (ids keep their
                    columns, the old KGI's values are archived); archive = move them to a sheet
                    of their own and start an empty log. Without it nothing is written (exit 1).

Without --update an existing FILE.xlsx is replaced only when it is a KPI Designer workbook with
no actual rows and no other sheets; otherwise nothing is written and you are told to use --update.
A plan that is invalid (exit 2) or has lint errors (exit 1) writes nothing.

Exit codes: 0 written, 1 lint errors or FILE.xlsx could not be written, 2 invalid input.
`,
  template: `Usage: kpi-designer template [ID] [--locale ja|en] [--add KPI,…]

Without ID, lists the templates (id, kind, title). With ID, prints that template as a plan file
(JSON) to start from:  kpi-designer template inside_sales > plan.json
Each template picks 3–5 KPIs and offers more; the ones it offers are listed on stderr, and
--add email_sends,reply_rate adds them to the plan (ids from that list, comma-separated).
The locale defaults to ja when LANG starts with "ja", else en.

Exit codes: 0 done, 2 unknown template, locale or KPI to add.
`,
};
