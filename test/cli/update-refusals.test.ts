// `export --update` refuses what it cannot update without loss (issue 22), saying what to do, and
// writes nothing: an Excel 97–2003 file, a password-protected one, an OpenDocument file, a workbook
// with macros, a damaged file, a workbook open in Excel or LibreOffice (their lock files).
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { runMain, tempDir } from "./helpers";

const here = (name: string) => join(import.meta.dirname, "../fixtures/xlsx", name);
let dir: string;
let plan: string;

beforeAll(async () => {
  dir = await tempDir("kpi-update-refusals-");
  plan = join(dir, "plan.json");
  await copyFile(here("plan.json"), plan);
});

/** A file named .xlsx with `bytes`; the update's exit code, first error line, and whether it changed. */
async function update(name: string, bytes: Buffer, beside: string[] = []) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  for (const f of beside) await writeFile(join(dir, f), "");
  const r = await runMain(["export", plan, "--out", path, "--update"]);
  const after = await readFile(path);
  return {
    code: r.code,
    error: r.stderr.split("\n").find((l) => l.startsWith("Error: ")) ?? "",
    same: after.equals(bytes),
    path,
  };
}

describe("export --update refuses, and writes nothing", () => {
  it("an Excel 97–2003 workbook (saved by LibreOffice) named .xlsx", async () => {
    const r = await update("old.xlsx", await readFile(here("libreoffice-theirs.xls")));
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toBe(
      `Error: ${r.path} is an Excel 97–2003 workbook (.xls): save it as .xlsx first; nothing was written`,
    );
  });

  it("a password-protected workbook: Office's encrypted container (its EncryptedPackage stream)", async () => {
    // The compound-file signature, then the stream's name in UTF-16 as the directory holds it: the
    // two things the check reads (no tool here encrypts a workbook).
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo\u0000EncryptedPackage", "utf16le"),
    ]);
    const r = await update("locked.xlsx", ole);
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toBe(
      `Error: ${r.path} is password-protected: remove the password (File → Info → Protect Workbook in Excel), then run again; nothing was written`,
    );
  });

  it("an OpenDocument spreadsheet (saved by LibreOffice) named .xlsx", async () => {
    const r = await update("doc.xlsx", await readFile(here("libreoffice-theirs.ods")));
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toBe(
      `Error: ${r.path} is an OpenDocument file (.ods) named .xlsx: save it as .xlsx first; nothing was written`,
    );
  });

  it("a workbook holding macros", async () => {
    const zip = await JSZip.loadAsync(await readFile(here("libreoffice-theirs.xlsx")));
    zip.file("xl/vbaProject.bin", Buffer.from("macro project"));
    const r = await update("macros.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toMatch(/holds macros \(VBA\): KPI Designer does not update macro-enabled workbooks/);
  });

  it("a damaged file: a workbook cut short", async () => {
    const whole = await readFile(here("libreoffice-theirs.xlsx"));
    const r = await update("cut.xlsx", whole.subarray(0, 3000));
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toBe(
      `Error: cannot read ${r.path} as an .xlsx workbook: the file is damaged or not a workbook; nothing was written`,
    );
  });

  it.each([
    ["Excel", "~$open.xlsx"],
    ["LibreOffice", ".~lock.open.xlsx#"],
  ])("a workbook open in %s (its lock file beside it)", async (_app, lock) => {
    const r = await update("open.xlsx", await readFile(here("libreoffice-theirs.xlsx")), [lock]);
    expect(r).toMatchObject({ code: 1, same: true });
    expect(r.error).toBe(
      `Error: ${r.path} is open in Excel or LibreOffice (${join(dir, lock)} exists): close it there first, then run again; nothing was written`,
    );
    await rm(join(dir, lock));
  });
});
