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

/** Line and column (1-based) of a JSON.parse error, from its message. */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** The plan, or null after printing why not (the command then exits 2). */
export async function loadPlan(path: string): Promise<Plan | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const why = fileProblem(e);
    fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
    return null;
  }
  text = text.replace(/^\uFEFF/, "");
  // A workbook (a zip) given for a plan: say so, rather than quote its bytes as bad JSON.
  if (text.startsWith("PK\u0003\u0004")) {
    fail({
      en: `${path} is an .xlsx workbook or another zip file, not a plan file (JSON)`,
      ja: `${path} は .xlsx ブックなどの zip ファイルで、計画ファイル（JSON）ではありません`,
    });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const { line, column } = jsonErrorPosition(message, text);
    fail({
      en: `${path}:${line}:${column}: not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s+/g, " ")})`,
      ja: `${path} の ${line} 行 ${column} 列目が JSON として正しくありません`,
    });
    const src = text.split("\n")[line - 1];
    if (src !== undefined && src.length <= 200) err(`  ${src}\n  ${" ".repeat(Math.max(0, column - 1))}^\n`);
    return null;
  }
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
