// How much of an exhaustive test `npm test` runs: a seeded, representative sample by default, all of
// it under `npm run test:slow` (SLOW=1), which CI's 15 minutes cannot hold.
export const SLOW = process.env.SLOW === "1";

/** `fast` cases in `npm test`, `slow` under test:slow. */
export const runs = (fast: number, slow: number): number => (SLOW ? slow : fast);

const LOCALES = ["ja", "en"] as const;

/**
 * Template × language cases: all of them under test:slow; in `npm test` each template in one language,
 * the languages taking turns down the list, starting with ja (`turn` 0) or en (`turn` 1). Two tests of
 * the same thing with opposite turns cover every pair between them.
 */
export function templateCases<T>(ids: readonly T[], turn: 0 | 1 = 0): [T, "ja" | "en"][] {
  return ids.flatMap((id, i) =>
    LOCALES.filter((_, j) => SLOW || j === (i + turn) % 2).map((locale): [T, "ja" | "en"] => [id, locale]),
  );
}

/**
 * `n` of `items`, spread evenly from the first to the last (all of them under test:slow): a sample of
 * cases that each cost seconds of a real engine or a browser, for CI's 15 minutes.
 */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (SLOW || items.length <= n) return [...items];
  if (n <= 1) return items.slice(0, 1);
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))] as T);
}
