// The field a plan path is typed in, by the name the user sees (its label, with the item's number
// when a list has several), and the plan check's terse messages ("must be > 0 (got -60000000)",
// "must not be empty") said in words with that name: "目標値は0より大きい数にしてください（-60,000,000）",
// "Target must be greater than 0 (got -60,000,000)". The review lists them away from their field,
// so each names it.
import { format, type Text } from "../domain/i18n";
import { formatNumber } from "./convert";
import type { PlanDraft } from "./state";
import { S } from "./strings";
import { SLT } from "./strings-lead";

function fill(t: Text, values: Record<string, string | number>): Text {
  return { ja: format(t.ja, values), en: format(t.en, values) };
}

type KpiField = keyof typeof S.fieldKpi;

/** The name of the field that edits `path`, or null when no single labelled field does. */
export function fieldName(path: string, d: PlanDraft): Text | null {
  switch (path) {
    case "title":
      return S.planTitle;
    case "kgi.name":
      return S.kgiName;
    case "kgi.target":
      return S.kgiTarget;
    case "kgi.unit":
      return S.kgiUnit;
    case "period.start":
      return S.periodStart;
    case "period.end":
      return S.periodEnd;
  }
  const many = d.streams.length > 1;
  const stream = /^streams\[(\d+)\]\.(name|dealValue)$/.exec(path);
  if (stream) {
    const n = Number(stream[1]) + 1;
    if (stream[2] === "name") return many ? fill(S.fieldStreamName, { n }) : S.streamName;
    return many ? fill(S.fieldStreamDealValue, { n }) : S.fieldDealValue;
  }
  const lead = /^streams\[(\d+)\]\.leadTimeDays$/.exec(path);
  if (lead) return many ? fill(SLT.fieldLeadTime, { n: Number(lead[1]) + 1 }) : SLT.leadTime;
  const stage = /^streams\[(\d+)\]\.stages\[(\d+)\]\.name$/.exec(path);
  if (stage) {
    const n = Number(stage[2]) + 1;
    return many ? fill(S.fieldStreamStageName, { s: Number(stage[1]) + 1, n }) : fill(S.stageName, { n });
  }
  const kfs = /^kfs\[(\d+)\]\.(name|note)$/.exec(path);
  if (kfs) {
    const n = Number(kfs[1]) + 1;
    return fill(kfs[2] === "name" ? S.kfsName : S.fieldKfsNote, { n });
  }
  const kpi = /^kpis\[(\d+)\]\.(?:source\.)?(name|target|unit|capacityPerDay|definition|reason)$/.exec(path);
  if (kpi) return fill(S.fieldKpi[kpi[2] as KpiField], { n: Number(kpi[1]) + 1 });
  const season = /^seasonality\[(\d+)\]$/.exec(path);
  if (season) return fill(S.fieldSeasonality, { n: Number(season[1]) + 1 });
  return null;
}

/** Fields that take an amount, where unit words such as 万 and M are read too. */
const AMOUNT_PATH = /^(kgi\.target|streams\[\d+\]\.dealValue)$/;

const OPS: Record<string, { ja: string; en: string }> = {
  ">": { ja: "より大きい", en: "greater than" },
  "≥": { ja: "以上の", en: "at least" },
  "<": { ja: "より小さい", en: "less than" },
  "≤": { ja: "以下の", en: "at most" },
};

function shown(value: string): Text {
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n)
    ? { ja: formatNumber(n, "ja"), en: formatNumber(n, "en") }
    : { ja: value, en: value };
}

/**
 * The plan check's terse message, said in words with the field's name (`name`), or null when it is
 * not one of those. Without a name, the words alone ("0より大きい数にしてください").
 */
export function inWords(path: string, message: Text, name: Text | null): Text | null {
  const subject = (ja: string, en: string): Text =>
    name ? { ja: `${name.ja}${ja}`, en: `${name.en} ${en}` } : { ja: ja.replace(/^[はを]/, ""), en };
  const op = /^must be ([<>≤≥]) (\S+) \(got (.*)\)$/.exec(message.en);
  if (op) {
    const words = OPS[op[1] ?? ""];
    if (!words) return null;
    const bound = shown(op[2] ?? "");
    const got = shown(op[3] ?? "");
    return subject(
      `は${bound.ja}${words.ja}数にしてください（${got.ja}）`,
      `must be ${words.en} ${bound.en} (got ${got.en})`,
    );
  }
  if (message.en === "must not be empty") return subject("は空にできません", "must not be empty");
  if (/^is required\b/.test(message.en)) return subject("を入力してください", "is required");
  if (message.en === "must be a number") {
    const examples = AMOUNT_PATH.test(path) ? S.amountExamples : { ja: "", en: "" };
    return subject(`は数値で入力してください${examples.ja}`, `must be a number${examples.en}`);
  }
  const long = /^must be at most (\d+) characters$/.exec(message.en);
  if (long) return subject(`は${long[1]}文字以内にしてください`, `must be at most ${long[1]} characters`);
  const after = /^must be after period\.start \((.*)\)$/.exec(message.en);
  if (after && name) return { ja: message.ja, en: `${name.en} must be after the start date (${after[1]})` };
  // Any other fragment ("must be one of …", "needs at least …"): at least say whose it is.
  if (name && /^(must|is|needs|allows|has) /.test(message.en)) {
    return { ja: `${name.ja}：${message.ja}`, en: `${name.en} ${message.en}` };
  }
  return null;
}
