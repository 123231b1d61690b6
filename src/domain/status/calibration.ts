// Each stage-to-stage rate as the team's own log shows it, with its 90% interval (BRIEF §3.8
// `calibration`; conversion-range.ts): n is the stage's actual count, rate the next stage's ÷ n.
// Nothing counted at a stage gives no rate (null), never a guess.
import { conversionRange } from "../conversion-range";

export interface Calibration {
  stream: string;
  stage: string;
  rate: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export function statusCalibration(
  streams: readonly { id: string; stages: readonly { id: string }[] }[],
  actualOf: (stream: string, stage: string) => number,
): Calibration[] {
  return streams.flatMap((st) =>
    st.stages.slice(0, -1).map((s, k) => {
      const n = actualOf(st.id, s.id);
      const next = st.stages[k + 1];
      const r = next ? conversionRange(n, actualOf(st.id, next.id)) : null;
      return {
        stream: st.id,
        stage: s.id,
        rate: r?.rate ?? null,
        low: r?.low ?? null,
        high: r?.high ?? null,
        n,
      };
    }),
  );
}
