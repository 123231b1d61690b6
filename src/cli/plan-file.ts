// Reading a plan file for the commands: file, then JSON, then schema. Every problem is printed with
// where it is (line and column, or the field path) and what is allowed; nothing throws.
import { readFile } from "node:fs/promises";
import { type Plan, parsePlan } from "../domain/plan";
import { err, fail } from "./io";

/** What went wrong reading a path, in both languages. */
export function fileProblem(e: unknown): { en: string; ja: string } {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return { en: "no such file", ja: "ファイルがありません" };
  if (code === "EISDIR") return { en: "it is a folder, not a file", ja: "ファイルではなくフォルダーです" };
  if (code === "EACCES" || code === "EPERM") return { en: "permission denied", ja: "アクセス権がありません" };
  const message = e instanceof Error ? e.message : String(e);
  return { en: message, ja: message };
}

/**
 * Line and column (1-based) of a JSON.parse error, from its message; null when the message gives no
 * place (V8's "Unexpected token 'D', \"Date,Rep\"... is not valid JSON" does not).
 */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : /end of JSON input/.test(message) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** A JSON file's content, or undefined after printing why it cannot be read (a plan, a mapping). */
export async function readJsonFile(path: string, what: { en: string; ja: string }): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const why = fileProblem(e);
    fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
    return undefined;
  }
  text = text.replace(/^\uFEFF/, "");
  // A workbook (a zip) given for a JSON file: say so, rather than quote its bytes as bad JSON.
  if (text.startsWith("PK\u0003\u0004")) {
    fail({
      en: `${path} is an .xlsx workbook or another zip file, not ${what.en}`,
      ja: `${path} は .xlsx ブックなどの zip ファイルで、${what.ja}ではありません`,
    });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = jsonErrorPosition(message, text);
    const words = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s+/g, " ");
    fail({
      en: `${path}${at ? `:${at.line}:${at.column}` : ""}: not valid JSON (${words})`,
      ja: at
        ? `${path} の ${at.line} 行 ${at.column} 列目が JSON として正しくありません`
        : `${path} は JSON として正しくありません`,
    });
    const src = at && text.split("\n")[at.line - 1];
    if (at && src && src.length <= 200) err(`  ${src}\n  ${" ".repeat(Math.max(0, at.column - 1))}^\n`);
    return undefined;
  }
}

/** The plan, or null after printing why not (the command then exits 2). */
export async function loadPlan(path: string): Promise<Plan | null> {
  const json = await readJsonFile(path, { en: "a plan file (JSON)", ja: "計画ファイル（JSON）" });
  if (json === undefined) return null;
  const result = parsePlan(json);
  if (result.ok) return result.plan;
  const n = result.issues.length;
  fail({
    en: `${path} is not a valid plan (${n} problem${n === 1 ? "" : "s"})`,
    ja: `${path} は有効なプランではありません（${n}件）`,
  });
  for (const issue of result.issues) {
    err(`  ${issue.path || "(file)"}: ${issue.message.en}\n    ${issue.message.ja}\n`);
  }
  return null;
}
