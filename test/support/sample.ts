// How much of an exhaustive test `npm test` runs: a seeded, representative sample by default, all of
// it under `npm run test:slow` (SLOW=1), which CI's 15 minutes cannot hold.
export const SLOW = process.env.SLOW === "1";

/** `fast` cases in `npm test`, `slow` under test:slow. */
export const runs = (fast: number, slow: number): number => (SLOW ? slow : fast);
