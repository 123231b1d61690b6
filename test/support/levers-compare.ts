// The Levers block on Targets (as an engine computed it) against the levers `status` reports: used
// with HyperFormula (test/workbook/levers-block.test.ts) and LibreOffice
// (test/cli/libreoffice-status.test.ts).
import { expect } from "vitest";
import { byEffect, type Lever } from "../../src/domain/levers";
import { LEVER_COL } from "../../src/workbook/levers-block";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { same } from "./status-compare";

/**
 * Row by row, in plan order: the same lever, the same top-stage change (whole numbers, exactly), the
 * same KGI to `digits` significant digits, and the rank byEffect gives it among its stream's levers.
 */
export function leversAgree(spec: WorkbookSpec, targets: unknown[][], levers: readonly Lever[], digits = 12) {
  expect(spec.levers.map(({ stream, stage, kind }) => ({ stream, stage, kind }))).toEqual(
    levers.map(({ stream, stage, kind }) => ({ stream, stage, kind })),
  );
  levers.forEach((l, i) => {
    const cells = targets[spec.levers[i]?.row as number] ?? [];
    const what = `${l.stream}.${l.stage ?? "dealValue"}`;
    expect(cells[LEVER_COL.activity], `${what} activity`).toBe(l.activity);
    same(cells[LEVER_COL.kgi], l.kgi, `${what} KGI`, digits);
    const order = byEffect(levers.filter((x) => x.stream === l.stream));
    expect(cells[LEVER_COL.rank], `${what} rank`).toBe(order.indexOf(l) + 1);
  });
}
