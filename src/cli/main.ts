// kpi-designer command line (BRIEF §3.6, §3.8): check, funnel, export, status, template. `main` returns the exit
// code: 0 done, 1 lint errors or an output that could not be written, 2 invalid input (usage or
// plan file). Errors are printed in English, then Japanese, never as a stack trace.
import { check } from "./commands/check";
import { exportCommand } from "./commands/export";
import { funnel } from "./commands/funnel";
import { sql } from "./commands/sql";
import { status } from "./commands/status";
import { template } from "./commands/template";
import { err, type Flags, fail, out, parseArgs } from "./io";
import { commandUsage, usage } from "./usage";

interface Command {
  options: Record<string, "boolean" | "string">;
  /** How many positionals: [min, max], and what the first is called in a message. */
  positionals: [number, number];
  first?: { en: string; ja: string };
  run(positionals: string[], flags: Flags): Promise<number> | number;
}

const commands: Record<string, Command> = {
  check: { options: {}, positionals: [1, 1], run: ([plan]) => check(plan as string) },
  funnel: {
    options: { json: "boolean" },
    positionals: [1, 1],
    run: ([plan], flags) => funnel(plan as string, flags.json === true),
  },
  export: {
    options: { out: "string", update: "boolean", log: "string" },
    positionals: [1, 1],
    run: ([plan], flags) => {
      if (typeof flags.out !== "string") {
        usageError("export", { en: "--out FILE.xlsx is required", ja: "--out FILE.xlsx を指定してください" });
        return 2;
      }
      // Excel will not open an .xlsx under another name ("format and extension don't match").
      if (!/\.xlsx$/i.test(flags.out)) {
        usageError("export", {
          en: `--out must name an .xlsx file (got ${flags.out})`,
          ja: `--out には .xlsx ファイルを指定してください（${flags.out}）`,
        });
        return 2;
      }
      const log = flags.log;
      if (log !== undefined && log !== "keep" && log !== "archive") {
        usageError("export", {
          en: `--log must be keep or archive (got ${String(log)})`,
          ja: `--log には keep または archive を指定してください（${String(log)}）`,
        });
        return 2;
      }
      if (log !== undefined && flags.update !== true) {
        usageError("export", {
          en: "--log goes with --update: it chooses what becomes of an existing workbook's actuals",
          ja: "--log は --update と一緒に指定します（既存のブックの実績をどうするかを選びます）",
        });
        return 2;
      }
      return exportCommand(plan as string, flags.out, flags.update === true, log);
    },
  },
  sql: {
    options: {
      dialect: "string",
      source: "string",
      grain: "string",
      "time-zone": "string",
      columns: "string",
    },
    positionals: [1, 1],
    run: ([plan], flags) =>
      sql(plan as string, { ...eventFlags(flags), dialect: str(flags.dialect), source: str(flags.source) }),
  },
  status: {
    options: {
      json: "boolean",
      actuals: "string",
      deals: "string",
      map: "string",
      events: "string",
      grain: "string",
      "time-zone": "string",
      columns: "string",
      "as-of": "string",
    },
    positionals: [1, 1],
    first: { en: "WORKBOOK.xlsx or PLAN.json", ja: "WORKBOOK.xlsx または PLAN.json" },
    run: ([path], flags) =>
      status(path as string, {
        json: flags.json === true,
        actuals: str(flags.actuals),
        deals: str(flags.deals),
        map: str(flags.map),
        events: str(flags.events),
        ...eventFlags(flags),
        asOf: str(flags["as-of"]),
      }),
  },
  template: {
    options: { locale: "string", add: "string" },
    positionals: [0, 1],
    run: ([id], flags) => {
      if (id === undefined && flags.add !== undefined) {
        usageError("template", {
          en: "--add goes with a template ID: kpi-designer template ID --add KPI,…",
          ja: "--add はテンプレートIDと一緒に指定します: kpi-designer template ID --add KPI,…",
        });
        return 2;
      }
      return template(id, str(flags.locale), str(flags.add));
    },
  },
};

const str = (v: Flags[string]) => (typeof v === "string" ? v : undefined);
const eventFlags = (flags: Flags) => ({
  grain: str(flags.grain),
  timeZone: str(flags["time-zone"]),
  columns: str(flags.columns),
});

/** Each command's options, for tests that hold a case for every one of them. */
export const commandOptions: Record<string, Command["options"]> = Object.fromEntries(
  Object.entries(commands).map(([name, c]) => [name, c.options]),
);

function usageError(command: string | null, message: { en: string; ja: string }): void {
  fail(message);
  err(`\n${command ? commandUsage[command] : usage}`);
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    out(topic && commandUsage[topic] ? (commandUsage[topic] as string) : usage);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    const pkg = await import("../../package.json", { with: { type: "json" } });
    out(`${pkg.default.version}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    usageError(null, {
      en: `unknown command "${name}" (commands: ${Object.keys(commands).join(", ")})`,
      ja: `不明なコマンドです: ${name}（使えるコマンド: ${Object.keys(commands).join(", ")}）`,
    });
    return 2;
  }
  const parsed = parseArgs(rest, command.options);
  if (!parsed.ok) {
    usageError(name, parsed.message);
    return 2;
  }
  if (parsed.help) {
    out(commandUsage[name] as string);
    return 0;
  }
  const [min, max] = command.positionals;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    usageError(
      name,
      n < min
        ? {
            en: `missing ${command.first?.en ?? "PLAN.json"}`,
            ja: `${command.first?.ja ?? "PLAN.json"} を指定してください`,
          }
        : {
            en: `unexpected argument "${parsed.positionals[max]}"`,
            ja: `余分な引数があります: ${parsed.positionals[max]}`,
          },
    );
    return 2;
  }
  return command.run(parsed.positionals, parsed.flags);
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    // A bug of ours, not the user's input: say so plainly; the stack only when asked for.
    const message = e instanceof Error ? e.message : String(e);
    fail({ en: `unexpected failure: ${message}`, ja: `予期しないエラーが発生しました: ${message}` });
    if (process.env.KPI_DESIGNER_DEBUG && e instanceof Error && e.stack) err(`${e.stack}\n`);
    return 1;
  }
}
