// The field names the plan file knows, read from the schema itself, so that an unknown field can be
// answered with the one that was probably meant ("roundng" → "rounding").
import { planSchema } from "./plan-schema";

interface Def {
  type?: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
}

function collect(def: Def, into: Set<string>): Set<string> {
  if (def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      into.add(key);
      collect(child._zod.def, into);
    }
  }
  for (const child of [def.element, def.innerType, ...(def.options ?? [])]) {
    if (child) collect(child._zod.def, into);
  }
  return into;
}

let known: string[] | null = null;

/** Every field name used anywhere in a plan file. */
export function planFieldNames(): string[] {
  known ??= [...collect(planSchema._zod.def as unknown as Def, new Set())];
  return known;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known field closest to a misspelt one, when it is close enough to be a typo. */
export function likelyField(unknown: string): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of planFieldNames()) {
    const d = distance(unknown, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
