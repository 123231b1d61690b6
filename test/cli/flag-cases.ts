// One row per case of every command and option of the command line (README, "Command line"): what
// it is given, the exit code (0 done, 1 could not write, 2 invalid input) and the error line it must
// print, written out here. Files come from the fixture `f` built once by flags.test.ts.
export interface Fixture {
  dir: string;
  plan: string;
  /** The same plan in a file named .txt: plans are read by content. */
  planTxt: string;
  /** '{"version": 1,,}': the second comma is line 1, column 15. */
  badJson: string;
  workbook: string;
  /** A text file named .xlsx. */
  notWorkbook: string;
  csv: string;
  /** A folder named like a log. */
  folderCsv: string;
  text: string;
  missing: (name: string) => string;
}

export interface Case {
  command: string;
  /** The option the case is about; null for the command's arguments. */
  flag: string | null;
  kind: string;
  args: (f: Fixture) => string[];
  code: 0 | 1 | 2;
  /** The English error line after "Error: " (for code 0, what stdout shows). */
  says: (f: Fixture) => string;
  /** Usage errors print the command's usage after the error. */
  usage?: boolean;
  /** A file an export must not have written. */
  unwritten?: (f: Fixture) => string;
}

const TEMPLATE_IDS =
  "new_business, account_sales, inside_sales, saas, manufacturing, real_estate, inside_sales_minimal";

const usage = (
  command: string,
  flag: string | null,
  kind: string,
  args: Case["args"],
  says: string,
): Case => ({
  command,
  flag,
  kind,
  args,
  code: 2,
  says: () => says,
  usage: true,
});
const needsValue = (command: string, flag: string, args: Case["args"]) =>
  usage(command, flag, "missing value", args, `--${flag} needs a value`);
const twice = (command: string, flag: string, args: Case["args"], a: string, b: string) =>
  usage(command, flag, "repeated", args, `--${flag} is given twice (${a}, ${b}): give it once`);
const noValue = (command: string, flag: string, args: Case["args"]) =>
  usage(command, flag, "given a value", args, `--${flag} takes no value`);
const unknown = (command: string, option: string, args: Case["args"]) =>
  usage(command, null, "unknown option", args, `unknown option ${option}`);
const invalid = (
  command: string,
  flag: string | null,
  kind: string,
  args: Case["args"],
  says: Case["says"],
): Case => ({
  command,
  flag,
  kind,
  args,
  code: 2,
  says,
});
const done = (
  command: string,
  flag: string | null,
  kind: string,
  args: Case["args"],
  shows: string,
): Case => ({
  command,
  flag,
  kind,
  args,
  code: 0,
  says: () => shows,
});

export const cases: Case[] = [
  usage(
    "",
    null,
    "unknown command",
    () => ["frobnicate"],
    'unknown command "frobnicate" (commands: check, funnel, export, status, template)',
  ),

  usage("check", null, "missing argument", () => ["check"], "missing PLAN.json"),
  usage("check", null, "extra argument", (f) => ["check", f.plan, "b.json"], 'unexpected argument "b.json"'),
  unknown("check", "--json", (f) => ["check", f.plan, "--json"]),
  invalid(
    "check",
    null,
    "a workbook for a plan",
    (f) => ["check", f.workbook],
    (f) => `${f.workbook} is an .xlsx workbook or another zip file, not a plan file (JSON)`,
  ),
  done("check", null, "a plan named .txt (read by content)", (f) => ["check", f.planTxt], "valid plan"),

  usage("funnel", null, "missing argument", () => ["funnel", "--json"], "missing PLAN.json"),
  unknown("funnel", "--csv", (f) => ["funnel", f.plan, "--csv"]),
  noValue("funnel", "json", (f) => ["funnel", f.plan, "--json=yes"]),
  done("funnel", "json", "repeated", (f) => ["funnel", f.plan, "--json", "--json"], '"streams"'),
  invalid(
    "funnel",
    null,
    "unreadable JSON",
    (f) => ["funnel", f.badJson],
    (f) => `${f.badJson}:1:15: not valid JSON`,
  ),
  invalid(
    "funnel",
    null,
    "no such file",
    (f) => ["funnel", f.missing("p.json")],
    (f) => `cannot read ${f.missing("p.json")}: no such file`,
  ),

  usage("export", "out", "missing", (f) => ["export", f.plan], "--out FILE.xlsx is required"),
  needsValue("export", "out", (f) => ["export", f.plan, "--out"]),
  needsValue("export", "out", (f) => ["export", f.plan, "--out="]),
  needsValue("export", "out", (f) => ["export", f.plan, "--out", "--update"]),
  {
    ...twice(
      "export",
      "out",
      (f) => ["export", f.plan, "--out", "a.xlsx", "--out", "b.xlsx"],
      "a.xlsx",
      "b.xlsx",
    ),
    unwritten: () => "b.xlsx",
  },
  {
    ...usage("export", "out", "wrong extension", (f) => ["export", f.plan, "--out", f.missing("x.csv")], ""),
    says: (f) => `--out must name an .xlsx file (got ${f.missing("x.csv")})`,
    unwritten: (f) => f.missing("x.csv"),
  },
  done(
    "export",
    "out",
    "extension in capitals",
    (f) => ["export", f.plan, "--out", f.missing("UP.XLSX")],
    "Wrote ",
  ),
  {
    ...invalid(
      "export",
      null,
      "no such plan",
      (f) => ["export", f.missing("p.json"), "--out", f.missing("n.xlsx")],
      (f) => `cannot read ${f.missing("p.json")}: no such file`,
    ),
    unwritten: (f) => f.missing("n.xlsx"),
  },
  noValue("export", "update", (f) => ["export", f.plan, "--out", f.missing("u.xlsx"), "--update=yes"]),
  {
    command: "export",
    flag: "update",
    kind: "repeated",
    args: (f) => ["export", f.plan, "--out", f.missing("u.xlsx"), "--update", "--update"],
    code: 1,
    says: (f) =>
      `${f.missing("u.xlsx")} does not exist: --update regenerates an existing workbook. Run without --update to create it`,
    unwritten: (f) => f.missing("u.xlsx"),
  },
  needsValue("export", "log", (f) => ["export", f.plan, "--out", f.workbook, "--update", "--log"]),
  twice(
    "export",
    "log",
    (f) => ["export", f.plan, "--out", f.workbook, "--update", "--log", "keep", "--log=archive"],
    "keep",
    "archive",
  ),
  usage(
    "export",
    "log",
    "bad value",
    (f) => ["export", f.plan, "--out", f.workbook, "--update", "--log", "maybe"],
    "--log must be keep or archive (got maybe)",
  ),
  {
    ...usage(
      "export",
      "log",
      "without --update",
      (f) => ["export", f.plan, "--out", f.missing("l.xlsx"), "--log", "keep"],
      "--log goes with --update: it chooses what becomes of an existing workbook's actuals",
    ),
    unwritten: (f) => f.missing("l.xlsx"),
  },
  unknown("export", "--outt", (f) => ["export", f.plan, "--outt", "x.xlsx"]),

  usage("status", null, "missing argument", () => ["status", "--json"], "missing WORKBOOK.xlsx or PLAN.json"),
  unknown("status", "--asof", (f) => ["status", f.workbook, "--asof", "2026-04-30"]),
  noValue("status", "json", (f) => ["status", f.workbook, "--json=1"]),
  done(
    "status",
    "json",
    "repeated",
    (f) => ["status", f.workbook, "--as-of", "2026-04-30", "--json", "--json"],
    '"asOf": "2026-04-30"',
  ),
  needsValue("status", "as-of", (f) => ["status", f.workbook, "--as-of"]),
  twice(
    "status",
    "as-of",
    (f) => ["status", f.workbook, "--as-of", "2026-04-30", "--as-of", "2026-05-31"],
    "2026-04-30",
    "2026-05-31",
  ),
  invalid(
    "status",
    "as-of",
    "not a date",
    (f) => ["status", f.workbook, "--as-of", "tomorrow"],
    () => "--as-of must be a date as YYYY-MM-DD (got tomorrow)",
  ),
  invalid(
    "status",
    "as-of",
    "30 February",
    (f) => ["status", f.workbook, "--as-of", "2026-02-30"],
    () => "--as-of must be a date as YYYY-MM-DD (got 2026-02-30)",
  ),
  invalid(
    "status",
    "as-of",
    "slashes",
    (f) => ["status", f.workbook, "--as-of", "2026/04/30"],
    () => "--as-of must be a date as YYYY-MM-DD (got 2026/04/30)",
  ),
  needsValue("status", "actuals", (f) => ["status", f.plan, "--actuals"]),
  twice(
    "status",
    "actuals",
    (f) => ["status", f.plan, "--actuals", "a.csv", "--actuals", "b.csv"],
    "a.csv",
    "b.csv",
  ),
  invalid(
    "status",
    "actuals",
    "with a workbook",
    (f) => ["status", f.workbook, "--actuals", f.csv],
    () => "--actuals goes with a plan file; a KPI Designer workbook holds its own Actuals",
  ),
  invalid(
    "status",
    "actuals",
    "missing with a plan",
    (f) => ["status", f.plan],
    () => "with a plan file, --actuals LOG.csv|LOG.xlsx is required",
  ),
  invalid(
    "status",
    "actuals",
    "wrong extension",
    (f) => ["status", f.plan, "--actuals", f.text],
    (f) => `--actuals must be a .csv or .xlsx file (got ${f.text})`,
  ),
  invalid(
    "status",
    "actuals",
    "no such file",
    (f) => ["status", f.plan, "--actuals", f.missing("log.csv")],
    (f) => `cannot read ${f.missing("log.csv")}: no such file`,
  ),
  invalid(
    "status",
    "actuals",
    "a folder",
    (f) => ["status", f.plan, "--actuals", f.folderCsv],
    (f) => `cannot read ${f.folderCsv}: it is a folder, not a file`,
  ),
  done(
    "status",
    "actuals",
    "a plain log",
    (f) => ["status", f.plan, "--actuals", f.csv, "--as-of", "2026-04-30"],
    "2026-04-30",
  ),
  invalid(
    "status",
    null,
    "wrong extension",
    (f) => ["status", f.text],
    (f) => `status reads a KPI Designer workbook (.xlsx) or a plan file (.json) (got ${f.text})`,
  ),
  invalid(
    "status",
    null,
    "not a workbook",
    (f) => ["status", f.notWorkbook],
    (f) => `cannot read ${f.notWorkbook}: it is not an .xlsx workbook`,
  ),
  invalid(
    "status",
    null,
    "no such file",
    (f) => ["status", f.missing("w.xlsx")],
    (f) => `cannot read ${f.missing("w.xlsx")}: no such file`,
  ),

  usage("template", null, "extra argument", () => ["template", "saas", "more"], 'unexpected argument "more"'),
  unknown("template", "--lang", () => ["template", "--lang", "en"]),
  invalid(
    "template",
    null,
    "unknown template",
    () => ["template", "nope"],
    () => `unknown template "nope". Templates: ${TEMPLATE_IDS}`,
  ),
  needsValue("template", "locale", () => ["template", "saas", "--locale"]),
  twice("template", "locale", () => ["template", "saas", "--locale", "en", "--locale", "ja"], "en", "ja"),
  invalid(
    "template",
    "locale",
    "bad value",
    () => ["template", "saas", "--locale", "fr"],
    () => 'unknown locale "fr": use ja or en',
  ),
  needsValue("template", "add", () => ["template", "inside_sales", "--add"]),
  twice(
    "template",
    "add",
    () => ["template", "inside_sales", "--add", "emails", "--add", "reply_rate"],
    "emails",
    "reply_rate",
  ),
  usage(
    "template",
    "add",
    "without a template",
    () => ["template", "--add", "emails"],
    "--add goes with a template ID: kpi-designer template ID --add KPI,…",
  ),
  invalid(
    "template",
    "add",
    "a KPI it does not offer",
    () => ["template", "inside_sales", "--locale=en", "--add", "nope"],
    () =>
      'template "inside_sales" offers no KPI nope to add. It offers: emails, reply_rate, nurturing_rate, attendance_rate, meeting_quality',
  ),
  done(
    "template",
    "add",
    "a KPI it offers",
    () => ["template", "inside_sales", "--locale=en", "--add=emails"],
    '"id": "emails"',
  ),
];
