// `status --deals LIST`: a deal list read through its mapping (proposed from the header and the phase
// values it holds, or pinned with a --map of kind "deals"), counted by domain/source/deals.ts.
import type ExcelJS from "exceljs";
import type { Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { dealFields, dealStream } from "../domain/source/deal-fields";
import { proposePhases } from "../domain/source/deal-phases";
import { type DealRead, readDeals } from "../domain/source/deals";
import type { MappingFile } from "../domain/source/mapping-file";
import { shown } from "../domain/status/log-entries";
import { headerOf, rowsOf } from "./log-reader";
import { mappingLines, resolveColumns } from "./source-log";

export type DealSource = { ok: true; read: DealRead; said: string[] } | { ok: false; why: Text };

export function dealSource(
  ws: ExcelJS.Worksheet,
  plan: Plan,
  name: string,
  pinned: MappingFile | null,
): DealSource {
  const stream = dealStream(plan, pinned?.stream);
  if (!stream) {
    const ids = plan.streams.map((s) => s.id).join(", ");
    return {
      ok: false,
      why: {
        en: `--map names stream "${pinned?.stream}", which the plan does not have (its streams: ${ids})`,
        ja: `--map のストリーム「${pinned?.stream}」は計画にありません（${ids}）`,
      },
    };
  }
  const header = headerOf(ws);
  const fields = dealFields(plan, stream);
  const resolved = resolveColumns(header, fields, name, pinned?.columns ?? null);
  if (!resolved.ok) return resolved;
  const { mapping, columns } = resolved;
  const dated = columns.some((k) => k === "created" || k?.startsWith("date:"));
  const staged = columns.some((k) => k === "status" || k === "furthest" || k?.startsWith("date:"));
  if (!dated || !staged) {
    return {
      ok: false,
      why: {
        en: `${name} is not read as a deal list: it needs ${dated ? "" : "a created date or a date per stage"}${!dated && !staged ? " and " : ""}${staged ? "" : "a status, phase or furthest-stage column, or a date per stage"} (its columns: ${header.map((h) => `"${h}"`).join(", ")}); name them with --map`,
        ja: `${name} を案件一覧として読めません: ${dated ? "" : "作成日か段階ごとの日付の列"}${!dated && !staged ? "と" : ""}${staged ? "" : "フェーズ・ステータス・到達フェーズの列か段階ごとの日付の列"}が必要です（列: ${header.map((h) => `「${h}」`).join("")}）。--map で指定してください`,
      },
    };
  }
  const rows = rowsOf(ws, header.length);
  const values = rows.flatMap((row) =>
    columns.flatMap((k, i) => {
      const v = row[i];
      return (k === "status" || k === "furthest") && v && v.kind !== "blank" ? [String(shown(v))] : [];
    }),
  );
  let phases = pinned?.phases;
  if (!phases) {
    const proposal = proposePhases(values, stream);
    if (proposal.asks.length > 0) {
      const list = proposal.asks.map((a) => `"${a.value}" (${a.stages.join(" / ")})`).join(", ");
      return {
        ok: false,
        why: {
          en: `phase value(s) of ${name} could be more than one stage: ${list}. Nothing was read: say what each means in --map's "phases"`,
          ja: `${name} のフェーズの値が複数の段階に当たります: ${list}。何も読み込んでいません。--map の "phases" で意味を指定してください`,
        },
      };
    }
    phases = proposal.phases;
  }
  const file = { version: 1, kind: "deals", stream: stream.id, columns: mapping, phases };
  const meanings = Object.entries(phases).map(
    ([value, m]) => `  "${value}" → ${[m.stage ?? "", m.outcome ?? ""].filter(Boolean).join(", ")}`,
  );
  const said = [
    ...mappingLines(name, mapping, fields, pinned !== null, file),
    `Phase values of ${name} / フェーズの値の意味:`,
    ...meanings,
  ];
  const sheet = { name, columns: columns.map((key) => ({ key })), rows };
  return { ok: true, read: readDeals(sheet, plan, stream, phases), said };
}
