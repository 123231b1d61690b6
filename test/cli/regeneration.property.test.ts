// Regeneration never loses user data (BRIEF §3.5), as a property: from a template, a "user" types
// rows into the Actuals of the .xlsx (as in Excel) while the plan keeps changing — stages renamed,
// removed, added; reps added and removed; manual KPIs removed — and `export --update` runs after
// every step. The user also edits the Actuals sheet itself: inserts a column of their own anywhere
// (Excel moves the ACT_* names with it) or renames a header. Every typed value and note must still
// be there: in its id's column (found by the current header) while the id exists, else in an
// archived column; the user's columns with their values; Notes last; the user's own sheet untouched.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sheetValues } from "../../src/cli/xlsx-reader";
import { pick } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { L } from "../../src/workbook/labels";
import { stageColumns } from "../../src/workbook/targets-sheet";
import { runs, SLOW } from "../support/sample";
import {
  actualsSheet,
  actualsTable,
  insertColumn,
  readXlsx,
  runMain,
  TRICKY,
  tempDir,
  typeIntoActuals,
  writePlan,
} from "./helpers";

interface Typed {
  note: string;
  date: string;
  rep: string;
  values: { key: string; value: number }[];
}

const rowArb = fc.record({
  day: fc.nat({ max: 364 }),
  rep: fc.nat(),
  note: fc.constantFrom(...TRICKY, "plain note", "メモ"),
  picks: fc.array(fc.record({ col: fc.nat(), value: fc.integer({ min: 0, max: 5000 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
});
const at = { s: fc.nat(), g: fc.nat() };
const editArb = fc.oneof(
  fc.record({ kind: fc.constant("rename" as const), ...at }),
  fc.record({ kind: fc.constant("removeStage" as const), ...at }),
  fc.record({ kind: fc.constant("addStage" as const), ...at }),
  fc.record({ kind: fc.constant("addRep" as const) }),
  fc.record({ kind: fc.constant("removeRep" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("removeManualKpi" as const), i: fc.nat() }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
const fileEditArb = fc.oneof(
  fc.record({ kind: fc.constant("insertColumn" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("renameHeader" as const), at: fc.nat() }),
  fc.constant(null),
);
type FileEdit = typeof fileEditArb extends fc.Arbitrary<infer T> ? T : never;
/** A column the user inserted: its header and the value it holds in the row of each note. */
interface Inserted {
  header: string;
  byNote: Map<string, string>;
}
const scenarioArb = fc.record({
  template: fc.constantFrom(...templateIds),
  locale: fc.constantFrom("ja" as const, "en" as const),
  steps: fc.array(fc.record({ rows: fc.array(rowArb, { maxLength: 2 }), edit: editArb, file: fileEditArb }), {
    minLength: 1,
    maxLength: 4,
  }),
});

/** The live columns a user can type numbers into, by key, with their current header. */
function numberColumns(plan: Plan): { key: string; header: string }[] {
  const all = [
    ...stageColumns(plan).map((c) => ({ key: `stage:${c.streamId}.${c.stageId}`, header: c.name })),
    { key: "kgi", header: `${plan.kgi.name} (${plan.kgi.unit})` },
    // A manual KPI's header says its unit: "Repeat rate (%)".
    ...plan.kpis.flatMap((k) =>
      "manual" in k.source
        ? [
            {
              key: `kpi:${k.id}`,
              header: k.source.unit?.trim() ? `${k.name} (${k.source.unit.trim()})` : k.name,
            },
          ]
        : [],
    ),
  ];
  // A user cannot tell two columns with the same header apart: type only into unambiguous ones.
  const fixed = [L.date, L.rep, L.notes].map((x) => pick(x, plan.locale));
  const count = (h: string) => all.filter((c) => c.header === h).length + (fixed.includes(h) ? 1 : 0);
  return all.filter((c) => count(c.header) === 1);
}

function applyEdit(plan: Plan, edit: Edit, n: number): void {
  const stream = plan.streams[("s" in edit ? edit.s : 0) % plan.streams.length]!;
  const stages = stream.stages;
  switch (edit.kind) {
    case "rename": {
      const stage = stages[edit.g % stages.length]!;
      stage.name = `${stage.name} ✎${n}`;
      return;
    }
    case "removeStage": {
      if (stages.length < 3) return;
      const g = 1 + (edit.g % (stages.length - 2));
      const [removed] = stages.splice(g, 1);
      const prev = stages[g - 1]!;
      prev.rate = (prev.rate as number) * (removed!.rate as number);
      for (const k of plan.kpis) {
        const src = k.source as { stream?: string; stage?: string; rateFrom?: string };
        if (src.stream !== stream.id) continue;
        if (src.stage === removed!.id) src.stage = prev.id;
        if (src.rateFrom === removed!.id) src.rateFrom = prev.id;
      }
      return;
    }
    case "addStage": {
      const g = 1 + (edit.g % (stages.length - 1));
      stages.splice(g, 0, { id: `added${n}`, name: `=Added ${n}`, rate: 0.5 });
      return;
    }
    case "addRep":
      plan.team.push({ name: `@rep ${n}` });
      return;
    case "removeRep":
      if (plan.team.length > 1) plan.team.splice(edit.i % plan.team.length, 1);
      return;
    case "removeManualKpi": {
      const manual = plan.kpis.filter((k) => "manual" in k.source);
      if (manual.length === 0 || plan.kpis.length < 2) return;
      const gone = manual[edit.i % manual.length]!;
      plan.kpis = plan.kpis.filter((k) => k !== gone);
      return;
    }
  }
}

function addDays(iso: string, days: number): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** The user's own edit of the Actuals sheet, as made in Excel. */
function editSheet(wb: ExcelJS.Workbook, plan: Plan, edit: FileEdit, n: number, inserted: Inserted[]): void {
  if (!edit) return;
  const ws = actualsSheet(wb);
  const values = sheetValues(ws);
  const head = (values[0] ?? []).map((h) => String(h ?? ""));
  if (edit.kind === "renameHeader") {
    const col = edit.at % head.length;
    const renamed = `${head[col]} (edited ${n})`;
    ws.getCell(1, col + 1).value = renamed;
    // A column of the user's own keeps the header they gave it; ours get the plan's back.
    for (const c of inserted) if (c.header === head[col]) c.header = renamed;
    return;
  }
  const notesCol = head.indexOf(pick(L.notes, plan.locale));
  const header = `Region ${n}`;
  const byNote = new Map<string, string>();
  const column: string[] = [header];
  for (const row of values.slice(1)) {
    const note = String(row[notesCol] ?? "");
    column.push(note ? `${header} ${note}` : "");
    if (note) byNote.set(note, `${header} ${note}`);
  }
  insertColumn(ws, 1 + (edit.at % (head.length + 1)), column);
  inserted.push({ header, byNote });
}

async function verify(path: string, plan: Plan, typed: Typed[], inserted: Inserted[]): Promise<void> {
  const wb = await readXlsx(path);
  const memo = wb.getWorksheet("Memo");
  expect(memo, "the user's own sheet").toBeDefined();
  expect((memo as ExcelJS.Worksheet).getCell("A1").formula).toBe("1+1");
  expect((memo as ExcelJS.Worksheet).getCell("B1").value).toBe("keep me");

  const { headers, rows } = await actualsTable(path);
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const [dateCol, repCol, notesCol] = [t(L.date), t(L.rep), t(L.notes)].map((h) => headers.indexOf(h));
  expect(Math.min(dateCol!, repCol!, notesCol!)).toBeGreaterThanOrEqual(0);
  // Notes stays where it was: only columns the user inserted (in place) and columns a later plan
  // added (live, or archived since) may follow it — an update adds columns right of every column, so that no reference of the
  // file's own into the log moves (issue 22).
  const afterNotes = headers.slice(headers.indexOf(t(L.notes)) + 1);
  const liveHeaders = new Set(numberColumns(plan).map((c) => c.header));
  const ours = (h: string) => liveHeaders.has(h) || h.startsWith(t(L.archived));
  expect(afterNotes.filter((h) => !inserted.some((c) => c.header === h) && !ours(h))).toEqual([]);
  expect(headers.filter((h) => h === t(L.notes))).toHaveLength(1);
  for (const { header, byNote } of inserted) {
    const col = headers.indexOf(header);
    expect(col, `the user's column ${header}`).toBeGreaterThanOrEqual(0);
    for (const [note, value] of byNote)
      expect(rows.find((r) => r[notesCol!] === note)?.[col], `${header} of ${note}`).toBe(value);
  }
  expect(rows.filter((r) => r.some((v) => v !== null && v !== ""))).toHaveLength(typed.length);
  const live = new Map(numberColumns(plan).map((c) => [c.key, c.header]));
  const archived = headers.flatMap((h, i) => (h.startsWith(t(L.archived)) ? [i] : []));
  for (const row of typed) {
    const found = rows.filter((r) => r[notesCol!] === row.note);
    expect(found, `the row noted ${row.note}`).toHaveLength(1);
    const r = found[0]!;
    expect(r[dateCol!]).toBe(row.date);
    expect(r[repCol!]).toBe(row.rep);
    for (const { key, value } of row.values) {
      const header = live.get(key);
      const cols = header === undefined ? archived : headers.flatMap((h, i) => (h === header ? [i] : []));
      expect(
        cols.map((c) => r[c]),
        `${key} = ${value} (${header ?? "archived"}) in ${JSON.stringify(headers)}`,
      ).toContain(value);
    }
  }
}

describe("regeneration keeps what users typed", () => {
  it("through random plan edits and export --update", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ template, locale, steps }) => {
        const dir = await tempDir("kpi-regen-");
        const plan = templatePlan(template, locale);
        const planPath = await writePlan(dir, plan);
        const out = join(dir, "kpi.xlsx");
        const first = await runMain(["export", planPath, "--out", out]);
        expect(first.code, first.stderr).toBe(0);
        const typed: Typed[] = [];
        const inserted: Inserted[] = [];
        let n = 0;
        for (const [s, step] of steps.entries()) {
          const entries = step.rows.map((row) => {
            const cols = numberColumns(plan);
            const rep = plan.team[row.rep % plan.team.length]!.name;
            const date = addDays(plan.period.start, row.day);
            const note = `${row.note} #${n++}`;
            const values = new Map<string, { key: string; header: string; value: number }>();
            for (const p of row.picks) {
              const c = cols[p.col % cols.length]!;
              values.set(c.key, { ...c, value: p.value });
            }
            typed.push({
              note,
              rep,
              date: date.toISOString().slice(0, 10),
              values: [...values.values()],
            });
            const cells: Record<string, ExcelJS.CellValue> = {
              [pick(L.date, locale)]: date,
              [pick(L.rep, locale)]: rep,
              [pick(L.notes, locale)]: note,
            };
            for (const v of values.values()) cells[v.header] = v.value;
            return cells;
          });
          await typeIntoActuals(out, entries, (wb) => {
            editSheet(wb, plan, step.file, n++, inserted);
            if (s > 0) return;
            const memo = wb.addWorksheet("Memo");
            memo.getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
            memo.getCell("B1").value = "keep me";
          });
          applyEdit(plan, step.edit, n++);
          await writePlan(dir, plan);
          const r = await runMain(["export", planPath, "--out", out, "--update"]);
          expect(r.code, `${JSON.stringify(step.edit)}: ${r.stderr}${r.stdout}`).toBe(0);
          await verify(out, plan, typed, inserted);
        }
      }),
      // npm test: 8 seeded runs (seconds each, an export per step); test:slow: 40 unseeded.
      { numRuns: runs(8, 40), ...(SLOW ? {} : { seed: 20261206 }) },
    );
  }, 300_000);
});
