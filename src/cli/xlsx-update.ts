// `export --update`: the team's own defined names the new spec would take over (the update itself is
// grafted into the package: xlsx-package/graft.ts).
import { type ExistingName, nameClashes } from "../workbook/names";

import type { WorkbookSpec } from "../workbook/spec";
import { type ExistingWorkbook, rangeSheet } from "./xlsx-reader";

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
