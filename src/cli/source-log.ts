// A team's own log (a CSV export, a form's responses downloaded, our Actuals) read through a mapping
// of its headers (issue 19): proposed from the header row and printed on stderr, or pinned with
// --map. Where the header could be read two ways, or a pinned header is gone, nothing is read and the
// user is told which columns to choose from.
import type ExcelJS from "exceljs";
import type { Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import {
  type Mapping,
  placeMapping,
  proposeMapping,
  type SourceField,
} from "../domain/source/header-mapping";
import { logColumns } from "../domain/status/log-columns";
import type { LogSheet } from "../domain/status/log-entries";
import { logFields } from "../workbook/source-fields";
import { headerOf, rowsOf } from "./log-reader";

export type SourceLog =
  | { ok: true; log: LogSheet; mapping: Mapping; said: string[]; missing: string[]; unused: string[] }
  | { ok: false; why: Text };

const labelOf = (fields: readonly SourceField[], key: string) =>
  fields.find((f) => f.key === key)?.label ?? key;
const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");

/** The mapping as lines for stderr, and as the --map file that pins it. */
export function mappingLines(
  name: string,
  mapping: Mapping,
  fields: readonly SourceField[],
  pinned: boolean,
  file: object = { version: 1, columns: mapping },
): string[] {
  const rows = fields
    .filter((f) => mapping[f.key] !== undefined)
    .map((f) => `  ${f.label} ← ${mapping[f.key]}`);
  return pinned
    ? [`Columns of ${name} (from --map) / ${name} の列の対応（--map の指定）:`, ...rows]
    : [
        `Columns of ${name}, proposed from its header / ${name} の列の対応（見出しから推定）:`,
        ...rows,
        `To pin it, save this as a file and pass --map FILE / 固定するには次をファイルに保存して --map で指定してください:`,
        `  ${JSON.stringify(file)}`,
      ];
}

export type Resolved =
  | { ok: true; mapping: Mapping; columns: (string | null)[]; exact: boolean }
  | { ok: false; why: Text };

/** The columns of a header row: pinned (--map) or proposed; why not, when it reads two ways or a pin is stale. */
export function resolveColumns(
  header: readonly string[],
  fields: readonly SourceField[],
  name: string,
  pinned: Mapping | null,
): Resolved {
  let mapping: Mapping;
  let exact = false;
  if (pinned) {
    const unknown = Object.keys(pinned).filter((k) => !fields.some((f) => f.key === k));
    if (unknown.length > 0) {
      const known = fields.map((f) => f.key).join(", ");
      return {
        ok: false,
        why: {
          en: `--map names column(s) this plan does not have: ${unknown.join(", ")} (its columns: ${known})`,
          ja: `--map にこの計画にない列があります: ${unknown.join("、")}（使える列: ${known}）`,
        },
      };
    }
    mapping = pinned;
  } else {
    const proposal = proposeMapping(header, fields);
    if (proposal.asks.length > 0) {
      const en = proposal.asks.map((a) =>
        a.kind === "field"
          ? `${labelOf(fields, a.key)} could be any of ${quoted(a.headers)}`
          : `"${a.header}" could be any of ${a.keys.map((k) => labelOf(fields, k)).join(", ")}`,
      );
      const ja = proposal.asks.map((a) =>
        a.kind === "field"
          ? `${labelOf(fields, a.key)} に当たる列が複数あります: ${quoted(a.headers)}`
          : `「${a.header}」は次のどれにも当たります: ${a.keys.map((k) => labelOf(fields, k)).join("、")}`,
      );
      const file = JSON.stringify({ version: 1, columns: proposal.mapping });
      return {
        ok: false,
        why: {
          en: `the header of ${name} can be read more than one way: ${en.join("; ")}. Nothing was read: choose with --map FILE, e.g. complete ${file}`,
          ja: `${name} の見出しは複数の読み方ができます: ${ja.join("。")}。何も読み込んでいません。--map FILE で指定してください（例: ${file} を補う）`,
        },
      };
    }
    mapping = proposal.mapping;
    exact = proposal.exact;
  }
  const placed = placeMapping(header, mapping);
  if (!placed.ok) {
    const gone = placed.notFound.map((m) => `${labelOf(fields, m.key)} ← "${m.header}"`);
    const twice = placed.twice.map((m) => `${labelOf(fields, m.key)} ← "${m.header}"`);
    return {
      ok: false,
      why: {
        en: `${name} does not match --map: ${[
          gone.length ? `no column is headed ${gone.join(", ")} (renamed or deleted?)` : "",
          twice.length ? `two columns are headed ${twice.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; ")}. Nothing was read; its columns are ${quoted(header)}`,
        ja: `${name} が --map と合いません: ${[
          gone.length ? `見出しが見つかりません ${gone.join("、")}（名前の変更か削除？）` : "",
          twice.length ? `同じ見出しの列が2つあります ${twice.join("、")}` : "",
        ]
          .filter(Boolean)
          .join("。")}。何も読み込んでいません。列は ${quoted(header)} です`,
      },
    };
  }
  return { ok: true, mapping, columns: placed.columns, exact };
}

export function sourceLog(
  ws: ExcelJS.Worksheet,
  plan: Plan,
  name: string,
  pinned: Mapping | null,
): SourceLog {
  const header = headerOf(ws);
  const fields = logFields(plan);
  const resolved = resolveColumns(header, fields, name, pinned);
  if (!resolved.ok) return resolved;
  const { mapping, columns, exact } = resolved;
  if (!columns.includes("date")) {
    return {
      ok: false,
      why: {
        en: `${name} has no date column: head one Date (or 日付, タイムスタンプ), or name it with --map. Its columns are ${quoted(header)}`,
        ja: `${name} に日付の列がありません。見出しを「日付」（または タイムスタンプ、Date）にするか、--map で指定してください。列は ${quoted(header)} です`,
      },
    };
  }
  return {
    ok: true,
    log: { name, columns: logColumns(columns, plan), rows: rowsOf(ws, header.length) },
    mapping,
    said: exact ? [] : mappingLines(name, mapping, fields, pinned !== null),
    missing: fields.filter((f) => mapping[f.key] === undefined && f.key !== "notes").map((f) => f.label),
    unused: header.filter((h, i) => columns[i] === null && h.trim() !== ""),
  };
}
