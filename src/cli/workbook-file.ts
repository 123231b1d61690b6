// Opening an .xlsx for reading, with the file system's reason or "not an .xlsx workbook" when it fails.
// Its sheets' cells and names only: a workbook with charts or pivot tables reads as well as a plain one.
import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { fail } from "./io";
import { fileProblem } from "./plan-file";
import { loadCells } from "./xlsx-package/open";
import { XlsxPackage } from "./xlsx-package/package";

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook | null> {
  let bytes: Buffer;
  try {
    // Read first, so a missing or unreadable file is told as such, not as a zip library's words.
    bytes = await readFile(path);
  } catch (e) {
    const why = fileProblem(e);
    fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
    return null;
  }
  try {
    return await loadCells(await XlsxPackage.read(bytes));
  } catch {
    fail({
      en: `cannot read ${path}: it is not an .xlsx workbook`,
      ja: `${path} を読み込めません: .xlsx ブックではありません`,
    });
    return null;
  }
}
