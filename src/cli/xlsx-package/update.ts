// The updated file's bytes: our sheets of the spec written by exceljs on their own, then grafted into
// the team's package (graft.ts). Text is written inline in our cells, so the team's shared strings part
// stays as it was.
import type { WorkbookSpec } from "../../workbook/spec";
import { specToWorkbook } from "../xlsx-writer";
import { type GraftPlan, graft } from "./graft";
import { XlsxPackage } from "./package";

export async function updatedPackage(
  team: XlsxPackage,
  spec: WorkbookSpec,
  plan: GraftPlan,
): Promise<Buffer> {
  const ours = specToWorkbook(spec);
  const bytes = await ours.xlsx.writeBuffer({ useSharedStrings: false });
  const donor = await XlsxPackage.read(new Uint8Array(bytes as ArrayBuffer));
  return graft(team, donor, plan).toBuffer();
}
