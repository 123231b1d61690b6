// Is the chance of reaching the KGI calibrated? Simulated teams: each has its own true deal rate a
// working day and deal values that vary; its KGI target misses that truth the way plans do. Part of
// the period has elapsed; the prediction from the days so far is scored against how the period
// actually ends. Seeded, so the test and the benchmark table see the same teams.
import { hitProbability } from "../../domain/hit-probability";

export interface Population {
  teams: number;
  seed: number;
  /** The team's true deals a working day: uniform between these. */
  dealsPerDay: [number, number];
  /** Deal values are lognormal with this σ around a mean of 1. */
  dealValueSigma: number;
  /** The target is truth × exp(σ·N(0,1)): how far plans miss what the team will do. */
  targetSigma: number;
  /** Working days in the period, one picked per team; elapsed days uniform from 5 to the day before the end. */
  periodDays: readonly number[];
  /** Only teams with elapsed days in [from, to) are scored (all by default). */
  elapsed?: [number, number];
}

export const TEAMS: Population = {
  teams: 4000,
  seed: 20261205,
  dealsPerDay: [1, 6],
  dealValueSigma: 0.7,
  targetSigma: 0.3,
  periodDays: [60, 120, 240],
};

export interface Bin {
  from: number;
  teams: number;
  meanPrediction: number;
  reached: number;
}

export interface Calibration {
  teams: number;
  baseRate: number;
  bins: Bin[];
  brier: { model: number; paceOnly: number; baseRate: number };
}

/** mulberry32: small, seeded, and good enough that the teams are independent draws. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function calibration(p: Population, predict = hitProbability): Calibration {
  const rnd = random(p.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let q = rnd(); q > limit; q *= rnd()) k++;
    return k;
  };
  const [lo, hi] = p.dealsPerDay;
  const s = p.dealValueSigma;
  const scored: { p: number; pace: number; hit: number }[] = [];
  for (let i = 0; i < p.teams; i++) {
    const rate = lo + rnd() * (hi - lo);
    const days = p.periodDays[Math.floor(rnd() * p.periodDays.length)] as number;
    const target = rate * days * Math.exp(p.targetSigma * normal());
    const elapsed = 5 + Math.floor(rnd() * (days - 5));
    const daily = Array.from({ length: days }, () => {
      let kgi = 0;
      for (let k = poisson(rate); k > 0; k--) kgi += Math.exp(s * normal() - (s * s) / 2);
      return kgi;
    });
    if (p.elapsed && (elapsed < p.elapsed[0] || elapsed >= p.elapsed[1])) continue;
    const sofar = daily.slice(0, elapsed);
    const sum = sofar.reduce((a, b) => a + b, 0);
    const total = daily.reduce((a, b) => a + b, 0);
    const prediction = predict(target, sofar, days - elapsed);
    if (prediction === null) throw new Error("no prediction from 5 or more days");
    scored.push({
      p: prediction,
      pace: (sum * days) / elapsed >= target ? 1 : 0,
      hit: total >= target ? 1 : 0,
    });
  }
  const n = scored.length;
  const baseRate = scored.reduce((a, x) => a + x.hit, 0) / n;
  const brier = (f: (x: (typeof scored)[number]) => number) =>
    scored.reduce((a, x) => a + (f(x) - x.hit) ** 2, 0) / n;
  const bins = Array.from({ length: 10 }, (_, b) => {
    const inBin = scored.filter((x) => Math.min(9, Math.floor(x.p * 10)) === b);
    const mean = (f: (x: (typeof scored)[number]) => number) =>
      inBin.length === 0 ? Number.NaN : inBin.reduce((a, x) => a + f(x), 0) / inBin.length;
    return {
      from: b / 10,
      teams: inBin.length,
      meanPrediction: mean((x) => x.p),
      reached: mean((x) => x.hit),
    };
  });
  return {
    teams: n,
    baseRate,
    bins,
    brier: { model: brier((x) => x.p), paceOnly: brier((x) => x.pace), baseRate: brier(() => baseRate) },
  };
}
