// kpi-designer check PLAN.json — schema, then SMART lint. Exit 0 valid, 1 lint errors, 2 invalid file.
import { hasErrors, type LintFinding, lintPlan } from "../../domain/lint";
import { out } from "../io";
import { loadPlan } from "../plan-file";

const LABEL = { error: "error  ", warning: "warning", info: "info   " } as const;

export function formatFinding(f: LintFinding): string {
  const pad = " ".repeat(9);
  return (
    `${LABEL[f.severity]}  ${f.path || "(plan)"}: ${f.message.en}\n` +
    `${pad}${f.message.ja}\n` +
    `${pad}→ ${f.hint.en}\n` +
    `${pad}→ ${f.hint.ja}\n` +
    `${pad}(${f.ruleId})\n`
  );
}

export async function check(path: string): Promise<number> {
  const plan = await loadPlan(path);
  if (!plan) return 2;
  const findings = lintPlan(plan);
  for (const f of findings) out(formatFinding(f));
  const count = (s: LintFinding["severity"]) => findings.filter((f) => f.severity === s).length;
  const [e, w, i] = [count("error"), count("warning"), count("info")];
  const summary = `${e} error(s), ${w} warning(s), ${i} info`;
  if (hasErrors(findings)) {
    out(`${path}: the plan has lint errors — ${summary}\n`);
    out(`${path}: プランにエラーがあります（エラー ${e}件、警告 ${w}件、情報 ${i}件）\n`);
    return 1;
  }
  out(`${path}: valid plan "${plan.title}" — ${summary}\n`);
  out(`${path}: 有効なプランです（エラー ${e}件、警告 ${w}件、情報 ${i}件）\n`);
  return 0;
}
