// A schema problem in words: what the field must be, in Japanese and English, with the hints that
// help most (a rate written as a percent, an id's pattern, the field a typo probably meant).
import type * as z from "zod";
import type { Text } from "./i18n";
import { fieldsAt, likelyField, planFieldNames } from "./plan-fields";

const describeType = (t: string): Text =>
  ({
    number: { en: "a number", ja: "数値" },
    int: { en: "a whole number", ja: "整数" },
    string: { en: "text", ja: "文字列" },
    array: { en: "a list", ja: "配列" },
    object: { en: "an object", ja: "オブジェクト" },
    boolean: { en: "true or false", ja: "true または false" },
  })[t] ?? { en: t, ja: t };

/** n% as a fraction, without binary noise: 1.0000001 → 0.010000001, not 0.010000001000000001. */
const fraction = (n: number) => +(n / 100).toPrecision(12);

function lastKey(path: readonly PropertyKey[]): string {
  return String(path[path.length - 1] ?? "");
}

export function describeIssue(issue: z.core.$ZodIssue): Text {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type": {
      const want = describeType(issue.expected);
      if (input === undefined) return { en: `is required (${want.en})`, ja: `必須です（${want.ja}）` };
      return { en: `must be ${want.en}`, ja: `${want.ja}で指定してください` };
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === "array") {
        return small
          ? { en: `needs at least ${bound} item(s)`, ja: `${bound}件以上必要です` }
          : { en: `allows at most ${bound} item(s)`, ja: `${bound}件までです` };
      }
      if (issue.origin === "string") {
        return small
          ? { en: "must not be empty", ja: "空にできません" }
          : { en: `must be at most ${bound} characters`, ja: `${bound}文字以内で指定してください` };
      }
      const isRate = /rate$/i.test(lastKey(issue.path));
      if (isRate) {
        const percentHint =
          typeof input === "number" && input > 1 && input <= 100
            ? {
                en: ` — it looks like a percent: for ${input}% write ${fraction(input)}`,
                ja: `。${input}%なら ${fraction(input)} と書いてください`,
              }
            : { en: "", ja: "" };
        return {
          en: `must be a fraction greater than 0 and at most 1 (got ${String(input)})${percentHint.en}`,
          ja: `0より大きく1以下の小数で指定してください（${String(input)}）${percentHint.ja}`,
        };
      }
      const op = small ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return {
        en: `must be ${op} ${bound} (got ${String(input)})`,
        ja: `${op} ${bound} で指定してください（${String(input)}）`,
      };
    }
    case "invalid_format": {
      const key = lastKey(issue.path);
      if (key === "id" || key === "stream" || key === "stage" || key === "rateFrom") {
        return {
          en: `must be an id: a lowercase letter, then up to 30 lowercase letters, digits or _ (got ${JSON.stringify(input)})`,
          ja: `IDは英小文字で始まり、英小文字・数字・_ で31文字以内です（${JSON.stringify(input)}）`,
        };
      }
      return {
        en: `must be a date written YYYY-MM-DD (got ${JSON.stringify(input)})`,
        ja: `日付は YYYY-MM-DD 形式で指定してください（${JSON.stringify(input)}）`,
      };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const one = issue.values.length === 1;
      if (input === undefined)
        return one
          ? { en: `is required (${allowed})`, ja: `必須です（${allowed}）` }
          : { en: `is required (one of ${allowed})`, ja: `必須です（${allowed} のいずれか）` };
      return {
        en: `must be ${one ? "" : "one of "}${allowed} (got ${JSON.stringify(input)})`,
        ja: `${allowed}${one ? "" : " のいずれか"}で指定してください（${JSON.stringify(input)}）`,
      };
    }
    case "invalid_union": {
      const shapes = {
        en: 'one of {"stream", "stage"}, {"stream", "rateFrom"} or {"manual": true, "target"}',
        ja: '{"stream","stage"}、{"stream","rateFrom"}、{"manual": true, "target"} のいずれかの形',
      };
      if (input === undefined) return { en: `is required (${shapes.en})`, ja: `必須です（${shapes.ja}）` };
      return { en: `must be ${shapes.en}`, ja: `${shapes.ja}で指定してください` };
    }
    case "unrecognized_keys": {
      const here = fieldsAt(issue.path);
      const elsewhere = new Set(planFieldNames());
      const named = (lang: "en" | "ja") =>
        issue.keys
          .map((k) => {
            const meant = likelyField(k, here);
            if (meant)
              return lang === "en"
                ? `"${k}" (did you mean "${meant}"?)`
                : `「${k}」（「${meant}」の誤りでは？）`;
            if (elsewhere.has(k))
              return lang === "en"
                ? `"${k}" (it belongs elsewhere in the plan)`
                : `「${k}」（この位置ではなく別の項目の中に書きます）`;
            return lang === "en" ? `"${k}"` : `「${k}」`;
          })
          .join(", ");
      return {
        en: `has unknown field(s): ${named("en")} — fix or remove them; nothing unknown is read`,
        ja: `不明な項目があります: ${named("ja")}。不明な項目は読み込まれないため、修正するか削除してください`,
      };
    }
    default:
      return { en: issue.message, ja: issue.message };
  }
}

// A KPI source is one of three shapes; the key only one of them has says which was meant.
const SHAPE_KEYS = ["stage", "rateFrom", "manual"] as const;

/**
 * The schema's issues as a reader needs them: a source that fails every shape is told by the shape
 * its keys name ({"manual": true, "target": "40"} → source.target must be a number), and a whole
 * number's own bound (2^53) is left out when the field has a bound of its own (leadTimeDays ≤ 3660).
 */
export function tellableIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const flat = issues.flatMap((issue) => {
    const input = (issue as { input?: unknown }).input;
    if (issue.code !== "invalid_union" || typeof input !== "object" || input === null) return [issue];
    const at = SHAPE_KEYS.findIndex((k) => k in input);
    const meant = issue.errors[at];
    return meant?.length ? meant.map((i) => ({ ...i, path: [...issue.path, ...i.path] })) : [issue];
  });
  const key = (i: z.core.$ZodIssue) => JSON.stringify(i.path);
  const safeBound = (i: z.core.$ZodIssue) =>
    (i.code === "too_big" && i.maximum === Number.MAX_SAFE_INTEGER) ||
    (i.code === "too_small" && i.minimum === Number.MIN_SAFE_INTEGER);
  return flat.filter((i) => !safeBound(i) || flat.filter((j) => key(j) === key(i)).length === 1);
}
