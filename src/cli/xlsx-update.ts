// `export --update`: our sheets of an existing workbook are replaced by the new spec's; every other
// sheet, and every defined name that is not ours, stays as it was (BRIEF §3.5).
import type ExcelJS from "exceljs";
import { type ExistingName, isOurName, nameClashes } from "../workbook/names";

import type { WorkbookSpec } from "../workbook/spec";
import { type ExistingWorkbook, rangeSheet } from "./xlsx-reader";
import { addSpec } from "./xlsx-writer";

interface DefinedName {
  name: string;
  ranges: string[];
}
interface WithNamesModel {
  model: DefinedName[];
}

/** The user's own defined names the spec would take over (see nameClashes). */
export function userNamesTaken(existing: ExistingWorkbook, spec: WorkbookSpec): ExistingName[] {
  const names = (existing.workbook.definedNames as unknown as WithNamesModel).model;
  const found = names.flatMap((dn) =>
    dn.ranges.map((range) => ({ name: dn.name, sheet: rangeSheet(range), where: range.replaceAll("$", "") })),
  );
  return nameClashes(
    spec.namedRanges.map((n) => n.name),
    found,
    new Set(existing.foreignSheetNames),
  );
}

/**
 * Replaces our sheets of `existing.workbook` with the spec's (which was built with
 * `foreignSheetNames`, so none of its names clash) and returns the workbook, ready to write.
 */
export function updateWorkbook(existing: ExistingWorkbook, spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = existing.workbook;
  const oldOurs = new Set(Object.values(existing.ours));
  const before = wb.worksheets.map((ws) => ws.name);
  const activeBefore = before[wb.views?.[0]?.activeTab ?? 0];

  for (const name of oldOurs) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }

  // Defined names: ours are re-added below; a stale one of ours (a removed stage's REQ_…) goes,
  // and so does any name left pointing at a sheet that no longer exists. The rest stay.
  const after = new Set([...existing.foreignSheetNames, ...spec.sheets.map((s) => s.name)]);
  const fresh = new Set(spec.namedRanges.map((n) => n.name));
  const names = wb.definedNames as unknown as WithNamesModel;
  names.model = names.model.filter((dn) => {
    if (fresh.has(dn.name)) return false;
    const sheets = dn.ranges.map(rangeSheet);
    if (sheets.some((s) => s !== null && !after.has(s))) return false;
    return !(isOurName(dn.name) && sheets.some((s) => s !== null && oldOurs.has(s)));
  });

  const added = addSpec(wb, spec);

  // Tab order: our sheets where ours were before (at the end for a workbook new to us), the
  // others in their order.
  const foreign = new Set(existing.foreignSheetNames);
  const order: ExcelJS.Worksheet[] = [];
  let placed = false;
  for (const name of before) {
    if (foreign.has(name)) {
      const ws = wb.getWorksheet(name);
      if (ws) order.push(ws);
    } else if (!placed) {
      order.push(...added);
      placed = true;
    }
  }
  if (!placed) order.push(...added);
  order.forEach((ws, i) => {
    (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = i;
  });

  // The tab the user had open stays open; one of ours maps to its replacement.
  let active = order.findIndex((ws) => ws.name === activeBefore && foreign.has(ws.name));
  if (active < 0) {
    const key = Object.entries(existing.ours).find(([, n]) => n === activeBefore)?.[0];
    const replaced = key ? spec.sheets.find((s) => s.key === key && !s.hidden) : undefined;
    active = Math.max(
      0,
      order.findIndex((ws) => ws.name === (replaced?.name ?? spec.sheets[0]?.name)),
    );
  }
  order.forEach((ws, i) => {
    const view = ws.views?.[0];
    if (view) (view as { tabSelected?: boolean }).tabSelected = i === active;
  });
  const view = (wb.views?.[0] ?? {}) as ExcelJS.WorkbookView;
  wb.views = [{ ...view, activeTab: active, firstSheet: 0, visibility: "visible" }];
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}
