// An amount as people write it: "6000万", "1.2億", "1億2,000万円", "5千万", "６０，０００，０００",
// "60M", "1.2k". Japanese unit words (千 a thousand, 万 ten thousand, 億 a hundred million, largest
// first, each once) with an optional trailing 円; English suffixes k (thousand), M or m (million) and
// B or bn (billion). What could be read two ways is refused (null), never guessed: a bare number after
// a unit word ("1億5": 100,000,005 or 150,000,000?), commas that are not thousands separators ("1,5":
// 1.5 or 15?), a decimal in a compound ("1.5億2000万"), units out of order or mixed ("2万億", "3万k").

const JA_UNITS = { 億: 1e8, 万: 1e4 } as const;
const EN_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };

/** Digits, with commas only as thousands separators, and an optional decimal part. */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A plain number, as the plan file would hold it (an exponent allowed: "6e7"). */
const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** 15 significant digits, as a spreadsheet holds it: 2.05 × 10⁶ is 2050000, not 2049999.9999999998. */
const exact = (x: number) => Number(x.toPrecision(15));

function digits(s: string): number | null {
  return DIGITS.test(s) ? Number(s.replace(/,/g, "")) : null;
}

/**
 * A group of the Japanese form: digits, optionally followed by 千 ("5千" = 5000). Null when it is
 * not one.
 */
function jaGroup(s: string): { value: number; decimal: boolean } | null {
  const thousand = s.endsWith("千");
  const n = digits(thousand ? s.slice(0, -1) : s);
  if (n === null) return null;
  return { value: thousand ? n * 1e3 : n, decimal: s.includes(".") };
}

function japanese(s: string): number | null {
  // Split at 億 and 万, largest first: "1億2,000万" → [["1","億"], ["2,000","万"]], rest "".
  const parts: { group: string; unit: keyof typeof JA_UNITS }[] = [];
  let rest = s;
  for (const unit of ["億", "万"] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    parts.push({ group: rest.slice(0, at), unit });
    rest = rest.slice(at + 1);
  }
  if (/[億万]/.test(rest)) return null; // a unit twice, or out of order ("2万3億")
  // After a unit word only thousands may follow, and only after 万 ("1万5千" is 15,000): "1億5"
  // and "1億5千" are ambiguous (people say them for 1億5千万).
  const last = parts[parts.length - 1];
  if (last && rest !== "" && !(last.unit === "万" && rest.endsWith("千"))) return null;
  const groups = [
    ...parts.map((p) => ({ g: jaGroup(p.group), mult: JA_UNITS[p.unit] })),
    ...(rest ? [{ g: jaGroup(rest), mult: 1 }] : []),
  ];
  // parseAmount calls this only for text with 億, 万 or 千, so there is a group, and without 億 or 万
  // the one group must end in 千 ("3千"): a 千 anywhere else makes it no group.
  if (groups.some((x) => x.g === null)) return null;
  if (groups.length > 1 && groups.some((x) => x.g?.decimal)) return null; // "1.5億2000万"
  return exact(groups.reduce((sum, x) => sum + (x.g?.value ?? 0) * x.mult, 0));
}

function english(s: string): number | null {
  const m = /^(.*?)(k|m|bn|b)$/i.exec(s);
  if (!m) return null;
  const n = digits(m[1] ?? "");
  const mult = EN_SUFFIX[(m[2] ?? "").toLowerCase()];
  if (n === null || mult === undefined) return null;
  return exact(n * mult);
}

/**
 * The amount a typed text means, or null when it is empty, not an amount, or could mean two things.
 * Full-width characters are read as their ASCII forms; spaces are ignored; a leading minus is kept
 * (the plan check then says the amount must be greater than 0).
 */
export function parseAmount(raw: string): number | null {
  let s = raw
    .normalize("NFKC")
    .replace(/[\s_]/g, "")
    .replace(/、/g, ",")
    .replace(/。/g, ".")
    .replace(/^[−ー]/, "-");
  let sign = 1;
  if (s.startsWith("-")) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  if (s.endsWith("円")) s = s.slice(0, -1);
  if (s === "") return null;
  let n: number | null = null;
  if (PLAIN.test(s)) n = Number(s.replace(/,/g, ""));
  else if (/[億万千]/.test(s)) n = japanese(s);
  else n = english(s);
  if (n === null || !Number.isFinite(n)) return null;
  return n === 0 ? 0 : sign * n;
}

/** The text has a unit word or suffix (so the wizard says what it read it as). */
export function hasAmountWords(raw: string): boolean {
  return /[億万千円]|\d\s*(k|m|bn|b)\s*$/i.test(raw.normalize("NFKC"));
}
