// Output and argument helpers of the command line. Errors read English first, then Japanese; no
// stack trace ever reaches the user.
import type { Text } from "../domain/i18n";

export const out = (text: string): void => {
  process.stdout.write(text);
};
export const err = (text: string): void => {
  process.stderr.write(text);
};

/** An error for the user, in both languages. */
export function fail(message: Text): void {
  err(`Error: ${message.en}\nエラー: ${message.ja}\n`);
}

export type Flags = Record<string, string | boolean | undefined>;

export type ParsedArgs =
  | { ok: true; positionals: string[]; flags: Flags; help: boolean }
  | { ok: false; message: Text };

/**
 * A small strict parser: `--name value`, `--name=value`, boolean `--flag`, `-h`/`--help`, and `--`
 * before positionals that start with "-". Anything unknown is an error, and so is an option with a
 * value given twice (a boolean twice is the same as once).
 */
export function parseArgs(
  argv: readonly string[],
  options: Record<string, "boolean" | "string">,
): ParsedArgs {
  const positionals: string[] = [];
  const flags: Flags = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") {
      help = true;
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") ? a.slice(2, eq < 0 ? undefined : eq) : "";
    const kind = options[name];
    if (!kind) return { ok: false, message: { en: `unknown option ${a}`, ja: `不明なオプションです: ${a}` } };
    if (kind === "boolean") {
      if (eq >= 0) {
        return {
          ok: false,
          message: { en: `--${name} takes no value`, ja: `--${name} に値は指定できません` },
        };
      }
      flags[name] = true;
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    // "--out --update" lacks the file, rather than naming one "--update" (--out=-x.xlsx still can).
    const lacking = value === undefined || value === "" || (eq < 0 && value.startsWith("-") && value !== "-");
    if (lacking) {
      return { ok: false, message: { en: `--${name} needs a value`, ja: `--${name} には値が必要です` } };
    }
    // Which of two values would count is anyone's guess: say so rather than take the last.
    if (flags[name] !== undefined) {
      return {
        ok: false,
        message: {
          en: `--${name} is given twice (${String(flags[name])}, ${value}): give it once`,
          ja: `--${name} が2回指定されています（${String(flags[name])}、${value}）。1回だけ指定してください`,
        },
      };
    }
    flags[name] = value;
  }
  return { ok: true, positionals, flags, help };
}

/** Terminal columns of a string: East Asian wide characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x1f300;
    w += wide ? 2 : 1;
  }
  return w;
}

/** Rows of cells as aligned columns; `right` lists the columns aligned to the right (numbers). */
export function table(rows: string[][], right: readonly number[] = []): string {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(c));
    });
  }
  return rows
    .map((r) =>
      r
        .map((c, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - displayWidth(c));
          return right.includes(i) ? pad + c : i === r.length - 1 ? c : c + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}
