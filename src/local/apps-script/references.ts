// What a formula refers to, read from its text: other sheets (`'Actuals'!C2:C9`, `Targets!B3`) and
// named ranges (`KGI_TARGET`). The fakes bind a formula's references when it is written, as Sheets
// does: a sheet or name that does not exist then stays an error, and deleting a sheet or a name
// turns every reference to it into an error for good (the formula text shows `#REF!`).

/** One reference found in a formula: `start`..`end` is the text it spans. */
export type Reference =
  | { kind: "sheet"; sheet: string; start: number; end: number }
  | { kind: "name"; name: string; start: number; end: number };

// After `Sheet!`: a cell or range (A1, $A$1:$B$2, A2:A), whole columns (A:C) or whole rows (1:3).
const AFTER_SHEET =
  /^(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const IDENT_START = /[A-Za-z_\\\u00C0-\uFFFF$]/;
const IDENT = /[A-Za-z0-9_.\\\u00C0-\uFFFF$]/;

/** The sheet references and named-range references of a formula ("=..."), in order. */
export function references(formula: string): Reference[] {
  const out: Reference[] = [];
  const f = formula;
  let i = 0;
  while (i < f.length) {
    const ch = f[i] as string;
    if (ch === '"') {
      i++;
      while (i < f.length) {
        if (f[i] === '"' && f[i + 1] === '"') i += 2;
        else if (f[i] === '"') break;
        else i++;
      }
      i++;
    } else if (ch === "'") {
      const start = i;
      let name = "";
      i++;
      while (i < f.length) {
        if (f[i] === "'" && f[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (f[i] === "'") break;
        else name += f[i++];
      }
      i++;
      if (f[i] === "!") {
        const rest = AFTER_SHEET.exec(f.slice(i + 1));
        const end = i + 1 + (rest?.[0].length ?? 0);
        out.push({ kind: "sheet", sheet: name, start, end });
        i = end;
      }
    } else if (ch === "#") {
      // An error literal (#REF!, #NAME?, #DIV/0!): nothing to bind.
      i++;
      while (i < f.length && /[A-Za-z0-9/]/.test(f[i] as string)) i++;
      if (f[i] === "!" || f[i] === "?") i++;
    } else if (/[0-9]/.test(ch)) {
      while (i < f.length && /[0-9.eE]/.test(f[i] as string)) i++;
    } else if (IDENT_START.test(ch)) {
      const start = i;
      while (i < f.length && IDENT.test(f[i] as string)) i++;
      const word = f.slice(start, i);
      if (f[i] === "!") {
        const rest = AFTER_SHEET.exec(f.slice(i + 1));
        const end = i + 1 + (rest?.[0].length ?? 0);
        out.push({ kind: "sheet", sheet: word, start, end });
        i = end;
        continue;
      }
      let j = i;
      while (f[j] === " ") j++;
      const isCall = f[j] === "(";
      const inRange = f[i] === ":" || f[start - 1] === ":";
      const literal = /^(true|false)$/i.test(word);
      if (!isCall && !inRange && !literal && !CELL.test(word) && !word.startsWith("$"))
        out.push({ kind: "name", name: word, start, end: i });
    } else i++;
  }
  return out;
}

/**
 * The formula with each reference `dead` says is gone replaced by an error literal: a sheet's by
 * `#REF!`, a name's by `#NAME?`. Unchanged (the same string) when none is.
 */
export function breakReferences(formula: string, dead: (ref: Reference) => boolean): string {
  const gone = references(formula).filter(dead);
  if (gone.length === 0) return formula;
  let out = "";
  let at = 0;
  for (const ref of gone) {
    out += formula.slice(at, ref.start) + (ref.kind === "sheet" ? "#REF!" : "#NAME?");
    at = ref.end;
  }
  return out + formula.slice(at);
}
