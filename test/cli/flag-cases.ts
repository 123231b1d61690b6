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
  /** A --map file pinning log.csv's Date, Rep and Calls. */
  mapping: string;
  /** A --map file whose date column is "". */
  badMapping: string;
  /** A --map file naming a header log.csv does not have ("Dials" for Calls). */
  staleMapping: string;
  /** A deal list: owner, created, phase (受注), amount. */
  deals: string;
  /** Raw events (issue 20): a call and a won deal of ¥1,000,000 by Sato on 2026-04-01. */
  events: string;
  /** The same events under the file's own column names: ts, owner, kind, step, value. */
  oddEvents: string;
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

export const usage = (
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
export const needsValue = (command: string, flag: string, args: Case["args"]) =>
  usage(command, flag, "missing value", args, `--${flag} needs a value`);
export const twice = (command: string, flag: string, args: Case["args"], a: string, b: string) =>
  usage(command, flag, "repeated", args, `--${flag} is given twice (${a}, ${b}): give it once`);
export const noValue = (command: string, flag: string, args: Case["args"]) =>
  usage(command, flag, "given a value", args, `--${flag} takes no value`);
export const unknown = (command: string, option: string, args: Case["args"]) =>
  usage(command, null, "unknown option", args, `unknown option ${option}`);
export const invalid = (
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
export const done = (
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

/** The command itself, check, funnel and export (status and template: flag-cases-status.ts). */
export const cases: Case[] = [
  usage(
    "",
    null,
    "unknown command",
    () => ["frobnicate"],
    'unknown command "frobnicate" (commands: check, funnel, export, sql, status, template)',
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
];
