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

/** Every field name used anywhere in a plan file (a walk of some 70 nodes, only for unknown fields). */
export function planFieldNames(): string[] {
  return [...collect(planSchema._zod.def as unknown as Def, new Set())];
}

/** The object definitions at a path (several under a union, e.g. a KPI's source), optionals unwrapped. */
function defsAt(path: readonly PropertyKey[]): Def[] {
  let defs: Def[] = [planSchema._zod.def as unknown as Def];
  const unwrap = (d: Def): Def[] =>
    d.innerType
      ? unwrap(d.innerType._zod.def)
      : d.options
        ? d.options.flatMap((o) => unwrap(o._zod.def))
        : [d];
  defs = defs.flatMap(unwrap);
  for (const seg of path) {
    defs = defs.flatMap((d) => {
      const next = typeof seg === "number" ? d.element : d.shape?.[String(seg)];
      return next ? unwrap(next._zod.def) : [];
    });
  }
  return defs;
}

/** The fields an object at `path` may have. */
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  return [...new Set(defsAt(path).flatMap((d) => Object.keys(d.shape ?? {})))];
}

/** Edits between two names (case aside); swapping two neighbouring letters ("nmae") is one edit. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Row 0 is j insertions, column 0 is i deletions; the loop below overwrites every other cell.
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : i)),
  );
  const at = (i: number, j: number) => d[i]?.[j] as number;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      // A swap needs two letters on each side: at i or j = 1, x[-1] or y[-1] is undefined and matches nothing.
      if (x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(x.length, y.length);
}

/** The field of `allowed` closest to a misspelt one, when it is close enough to be a typo. */
export function likelyField(
  unknown: string,
  allowed: readonly string[] = planFieldNames(),
): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of allowed) {
    if (name === unknown) continue;
    const d = distance(unknown, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
