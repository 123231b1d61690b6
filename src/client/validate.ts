// Checks the draft as the server will: parsePlan (shape and cross-field rules), then the SMART lint
// when the plan parses. Every message is placed at the field (anchor) that edits its path. Messages
// about percent fields speak in percent, since that is what the user types.
import type { Text } from "../domain/i18n";
import { lintPlan, type Severity } from "../domain/lint";
import { type Plan, parsePlan } from "../domain/plan";
import { anchorOf, knownAnchors, stepOf } from "./anchors";
import { parseTeamList, readNumber } from "./convert";
import { fieldName, inWords } from "./field-names";
import { buildPlan, type PlanInput } from "./plan-build";
import { type PlanDraft, STEPS, type StepId } from "./state";
import { S } from "./strings";

export interface FieldMessage {
  severity: Severity;
  /** The plan path the check reported. */
  path: string;
  /** The field it is shown at. */
  anchor: string;
  step: StepId;
  message: Text;
  hint?: Text;
}

export interface Validation {
  input: PlanInput;
  /** The plan when it parses (lint may still find errors). */
  plan: Plan | null;
  messages: FieldMessage[];
  byAnchor: Map<string, FieldMessage[]>;
  errors: number;
  warnings: number;
  stepErrors: Record<StepId, number>;
}

const RATE_PATH = /^streams\[(\d+)\]\.stages\[(\d+)\]\.rate$/;
const SHARE_PATH = /^streams\[(\d+)\]\.share$/;

function percentMessage(raw: string, kind: "rate" | "share"): Text | null {
  const n = readNumber(raw);
  if (n === undefined) {
    return kind === "rate"
      ? {
          ja: "次の段階への転換率を%で入力してください（例：25）",
          en: "Enter the conversion rate to the next stage, in percent (e.g. 25)",
        }
      : {
          ja: "売上目標に占める割合を%で入力してください",
          en: "Enter this stream's share of the goal, in percent",
        };
  }
  if (typeof n !== "number") return { ja: "数値（%）で入力してください", en: "Enter a number (percent)" };
  if (kind === "rate" && (n <= 0 || n > 100)) {
    return {
      ja: `0より大きく100%以下で入力してください（${n}%）`,
      en: `Enter a percentage above 0 and at most 100 (got ${n}%)`,
    };
  }
  if (kind === "share" && (n < 0 || n > 100)) {
    return { ja: `0〜100%で入力してください（${n}%）`, en: `Enter a percentage from 0 to 100 (got ${n}%)` };
  }
  return null;
}

function shareSum(d: PlanDraft): number {
  const sum = d.streams.reduce((s, st) => {
    const n = readNumber(st.share);
    return s + (typeof n === "number" ? n : 0);
  }, 0);
  return Number(sum.toPrecision(12));
}

/** The user's words for a problem parsePlan reports in plan terms (fractions, list indexes). */
export function clientText(path: string, message: Text, d: PlanDraft): Text {
  const rate = RATE_PATH.exec(path);
  if (rate) {
    const raw = d.streams[Number(rate[1])]?.stages[Number(rate[2])]?.rate ?? "";
    return percentMessage(raw, "rate") ?? message;
  }
  const share = SHARE_PATH.exec(path);
  if (share) return percentMessage(d.streams[Number(share[1])]?.share ?? "", "share") ?? message;
  if (path === "streams" && /^shares must add up/.test(message.en)) {
    const sum = shareSum(d);
    return {
      ja: `各ストリームの割合の合計を100%にしてください（現在 ${sum}%）`,
      en: `The streams' shares must add up to 100% (they add up to ${sum}%)`,
    };
  }
  const team = /^team\[(\d+)\]/.exec(path);
  if (team) {
    const line = parseTeamList(d.teamText)[Number(team[1])]?.line ?? Number(team[1]) + 1;
    const field = path.endsWith(".weight") ? S.fieldWeight : S.fieldRepName;
    const said = inWords(path, message, null) ?? message;
    return {
      ja: `${line}行目の${field.ja}：${said.ja}`,
      en: `Line ${line}, ${field.en}: ${said.en}`,
    };
  }
  if (path === "team" && /at least 1/.test(message.en)) {
    return { ja: "担当者を1人以上入力してください", en: "Enter at least one rep" };
  }
  return inWords(path, message, fieldName(path, d)) ?? message;
}

export function validate(d: PlanDraft): Validation {
  const input = buildPlan(d);
  const known = knownAnchors(d);
  const place = (path: string, severity: Severity, message: Text, hint?: Text): FieldMessage => {
    const anchor = anchorOf(path, d, known);
    return { severity, path, anchor, step: stepOf(anchor), message, ...(hint ? { hint } : {}) };
  };
  const parsed = parsePlan(input);
  const messages = parsed.ok
    ? lintPlan(parsed.plan).map((f) => place(f.path, f.severity, f.message, f.hint))
    : parsed.issues.map((i) => place(i.path, "error", clientText(i.path, i.message, d)));
  const byAnchor = new Map<string, FieldMessage[]>();
  const stepErrors = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<StepId, number>;
  for (const m of messages) {
    byAnchor.set(m.anchor, [...(byAnchor.get(m.anchor) ?? []), m]);
    if (m.severity === "error") stepErrors[m.step]++;
  }
  return {
    input,
    plan: parsed.ok ? parsed.plan : null,
    messages,
    byAnchor,
    errors: messages.filter((m) => m.severity === "error").length,
    warnings: messages.filter((m) => m.severity === "warning").length,
    stepErrors,
  };
}

/** Places the issues the server sent back (invalid_plan, lint_errors) like our own. */
export function placeServerIssues(
  issues: readonly { path: string; message: Text }[],
  d: PlanDraft,
): FieldMessage[] {
  const known = knownAnchors(d);
  return issues.map((i) => {
    const anchor = anchorOf(i.path, d, known);
    return {
      severity: "error",
      path: i.path,
      anchor,
      step: stepOf(anchor),
      message: clientText(i.path, i.message, d),
    };
  });
}
