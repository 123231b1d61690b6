// Opening an .xlsx for reading, with the file system's reason or "not an .xlsx workbook" when it fails.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { fail } from "./io";
import { fileProblem } from "./plan-file";

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook | null> {
  const wb = new ExcelJS.Workbook();
  try {
    // Read first, so a missing or unreadable file is told as such, not as exceljs's own words.
    await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    return wb;
  } catch (e) {
    // A file that is there but is no zip (exceljs's own words name a zip library's internals).
    const why = (e as { code?: string }).code
      ? fileProblem(e)
      : { en: "it is not an .xlsx workbook", ja: ".xlsx ブックではありません" };
    fail({ en: `cannot read ${path}: ${why.en}`, ja: `${path} を読み込めません: ${why.ja}` });
    return null;
  }
}
