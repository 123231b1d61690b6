// A plan generated over a log kept under another plan: whether it is the same plan revised (the log
// carries on) or a new one, which must not inherit the old KGI's values unasked (BRIEF §3.5).
import type { Plan } from "../domain/plan";

/** What the team chose for an existing log under a new plan: carry it on, or set it aside. */
export type LogChoice = "keep" | "archive";

/** A new plan: its KGI is another (name or unit), or its period shares no day with the stored one. */
export function isNewPlan(stored: Plan, next: Plan): boolean {
  const kgi = (p: Plan) => `${p.kgi.name.trim().toLowerCase()}\u0000${p.kgi.unit.trim().toLowerCase()}`;
  const disjoint = next.period.end < stored.period.start || next.period.start > stored.period.end;
  return kgi(stored) !== kgi(next) || disjoint;
}

/** The key an old KGI's column takes when a new KGI replaces it: archived, and never revived. */
export function retiredKgiKey(taken: readonly (string | null)[]): string {
  let i = 1;
  while (taken.includes(`archived:old-kgi:${i}`)) i++;
  return `archived:old-kgi:${i}`;
}

/** "Actuals 2026-04-01–2027-03-31", unique among `taken` (names compare without case). */
export function archiveSheetName(base: string, stored: Plan, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const stem = `${base} ${stored.period.start}–${stored.period.end}`;
  let name = stem;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${stem} (${i})`;
  return name;
}
