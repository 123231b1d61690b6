// Opening the team's workbook for `export --update` (issue 22): refused, with what to do, when it is
// not one we can update without loss — password-protected, an old .xls, macro-enabled, damaged, or open
// in Excel or LibreOffice right now — and otherwise read twice: as its package (every part, to write
// back) and, through exceljs, a copy holding only its sheets' cells, from which our sheets are read.
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import type { Text } from "../../domain/i18n";
import { fileProblem } from "../plan-file";
import { type ExistingWorkbook, inspectWorkbook } from "../xlsx-reader";
import { XlsxPackage } from "./package";
import { relationships, relsPath, resolveTarget, workbookPart } from "./relationships";
import { element } from "./xml";

export type OpenedWorkbook =
  | { ok: true; pkg: XlsxPackage; existing: ExistingWorkbook }
  | { ok: false; why: Text };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((x, i) => b[i] === x);
const utf16 = (s: string) => Buffer.from(s, "utf16le");

const refuse = (en: string, ja: string): OpenedWorkbook => ({ ok: false, why: { en, ja } });

/** Excel's and LibreOffice's lock files beside a workbook that is open. */
async function lockedBy(path: string): Promise<string | null> {
  const name = basename(path);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    const at = join(dirname(path), lock);
    if (
      await stat(at).then(
        () => true,
        () => false,
      )
    )
      return at;
  }
  return null;
}

/**
 * The workbook's sheets, cells and names through exceljs, from a copy of the package holding only
 * those (charts, drawings, pivot tables dropped: exceljs stops on some of them, and reading needs none).
 */
export async function loadCells(pkg: XlsxPackage): Promise<ExcelJS.Workbook> {
  const main = workbookPart(pkg.text("_rels/.rels"));
  if (!main || !pkg.has(main)) throw new Error("no workbook part");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await cellsOnly(pkg, main).toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

function cellsOnly(pkg: XlsxPackage, main: string): XlsxPackage {
  const rels = relationships(pkg.text(relsPath(main)) ?? "");
  const kept = rels.filter((r) => /\/(worksheet|styles|sharedStrings|theme)$/.test(r.type));
  const keep = new Set([
    "[Content_Types].xml",
    "_rels/.rels",
    main,
    ...kept.map((r) => resolveTarget(main, r.target)),
  ]);
  const copy = pkg.filtered((n) => keep.has(n));
  copy.set(
    relsPath(main),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${kept.map((r) => r.raw).join("")}</Relationships>`,
  );
  let wb = pkg.text(main) ?? "";
  for (const tag of ["externalReferences", "pivotCaches"]) {
    const block = element(wb, tag);
    if (block) wb = wb.replace(block.raw, "");
  }
  copy.set(main, wb);
  for (const r of kept.filter((x) => x.type.endsWith("/worksheet"))) {
    const part = resolveTarget(main, r.target);
    const sheet = (copy.text(part) ?? "").replace(
      /<(drawing|legacyDrawing|legacyDrawingHF|picture|tableParts|hyperlinks|oleObjects|controls)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g,
      "",
    );
    copy.set(part, sheet);
  }
  return copy;
}

export async function openWorkbookPackage(path: string): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const why = fileProblem(e);
    return refuse(`cannot read ${path}: ${why.en}`, `${path} を読み込めません: ${why.ja}`);
  }
  const lock = await lockedBy(path);
  if (lock)
    return refuse(
      `${path} is open in Excel or LibreOffice (${lock} exists): close it there first, then run again; nothing was written`,
      `${path} は Excel か LibreOffice で開かれています（${lock} があります）。閉じてから実行してください。何も書き出していません`,
    );
  if (startsWith(bytes, OLE)) {
    return bytes.includes(utf16("EncryptedPackage"))
      ? refuse(
          `${path} is password-protected: remove the password (File → Info → Protect Workbook in Excel), then run again; nothing was written`,
          `${path} はパスワードで保護されています。パスワードを解除してから実行してください。何も書き出していません`,
        )
      : refuse(
          `${path} is an Excel 97–2003 workbook (.xls): save it as .xlsx first; nothing was written`,
          `${path} は Excel 97–2003 形式（.xls）です。.xlsx で保存し直してから実行してください。何も書き出していません`,
        );
  }
  const damaged = () =>
    refuse(
      `cannot read ${path} as an .xlsx workbook: the file is damaged or not a workbook; nothing was written`,
      `${path} を .xlsx ブックとして読み込めません（壊れているか、ブックではありません）。何も書き出していません`,
    );
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.read(bytes);
  } catch {
    return damaged();
  }
  if ((pkg.text("mimetype") ?? "").includes("opendocument"))
    return refuse(
      `${path} is an OpenDocument file (.ods) named .xlsx: save it as .xlsx first; nothing was written`,
      `${path} は OpenDocument 形式（.ods）です。.xlsx で保存し直してから実行してください。何も書き出していません`,
    );
  const main = workbookPart(pkg.text("_rels/.rels"));
  if (!main || !pkg.has(main)) return damaged();
  if (pkg.names().some((n) => /vbaProject\.bin$/i.test(n)))
    return refuse(
      `${path} holds macros (VBA): KPI Designer does not update macro-enabled workbooks, so that no macro is lost or run; keep the KPI sheets in a workbook of their own; nothing was written`,
      `${path} にはマクロ（VBA）が含まれています。マクロを失ったり実行したりしないよう、マクロ有効ブックは更新しません。KPI のシートは別のブックにしてください。何も書き出していません`,
    );
  try {
    return { ok: true, pkg, existing: inspectWorkbook(await loadCells(pkg)) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return refuse(
      `cannot read the sheets of ${path} (${message}); nothing was written`,
      `${path} のシートを読み込めません（${message}）。何も書き出していません`,
    );
  }
}
