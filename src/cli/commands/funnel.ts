// kpi-designer funnel PLAN.json [--json] — the team's required count of every stream stage.
import { planFunnel } from "../../domain/funnel";
import { out, table } from "../io";
import { loadPlan } from "../plan-file";

export interface FunnelJson {
  streams: { id: string; stages: { id: string; name: string; required: number }[] }[];
}

export async function funnel(path: string, json: boolean): Promise<number> {
  const plan = await loadPlan(path);
  if (!plan) return 2;
  const streams = planFunnel(plan);
  if (json) {
    const data: FunnelJson = {
      streams: streams.map((s) => ({
        id: s.id,
        stages: s.stages.map(({ id, name, required }) => ({ id, name, required })),
      })),
    };
    out(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const n = (x: number) => x.toLocaleString("en-US");
  out(`${plan.title} — KGI ${plan.kgi.name}: ${n(plan.kgi.target)} ${plan.kgi.unit}\n`);
  out(`${plan.period.start} … ${plan.period.end}, team of ${plan.team.length}\n`);
  for (const s of streams) {
    const stream = plan.streams.find((x) => x.id === s.id);
    out(
      `\n${s.id} — ${s.name}: share ${+((stream?.share ?? 0) * 100).toFixed(4)}%, ` +
        `deal value ${n(stream?.dealValue ?? 0)}, ${n(s.deals)} deals = ${n(s.revenue)} ${plan.kgi.unit}\n`,
    );
    const rows = [
      ["stage", "name", "rate to next", "required"],
      ...s.stages.map((g) => [
        g.id,
        g.name,
        g.rate === undefined ? "" : `${+(g.rate * 100).toFixed(4)}%`,
        n(g.required),
      ]),
    ];
    out(
      table(rows, [2, 3])
        .split("\n")
        .map((l) => (l ? `  ${l}` : l))
        .join("\n"),
    );
  }
  return 0;
}
