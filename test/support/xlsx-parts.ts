// An .xlsx part by part, for the tests of `export --update` at the package level (issue 22): each
// part's bytes, the part of a sheet by its name, and rows typed into a sheet as a spreadsheet
// application saves them (only that sheet's part changes).
import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";

export async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("nodebuffer"));
  return parts;
}

const text = (parts: Map<string, Buffer>, name: string) => parts.get(name)?.toString("utf8") ?? "";

/** Sheet name → its part, through xl/workbook.xml and its relationships. */
export function sheetParts(parts: Map<string, Buffer>): Map<string, string> {
  const rels = new Map(
    [...text(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]*)"/.exec(m[0])?.[1] ?? "",
      (/Target="([^"]*)"/.exec(m[0])?.[1] ?? "").replace(/^\/?(xl\/)?/, "xl/"),
    ]),
  );
  const decodeXml = (s: string) =>
    s
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&quot;/g, '"');
  return new Map(
    [...text(parts, "xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map((m) => [
      decodeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ""),
      rels.get(/\b[\w]+:id="([^"]*)"/.exec(m[0])?.[1] ?? "") ?? "",
    ]),
  );
}

/** The children of one section of styles.xml (cellXfs, fonts...), as written. */
export function styleItems(styles: string, section: string, item: string): string[] {
  const block = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(styles)?.[1] ?? "";
  return [...block.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(
    (m) => m[0],
  );
}

const column = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26);
const encodeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Rows typed into a sheet from row `from` on (numbers as numbers, text inline), saved back in place. */
export async function typeRows(
  path: string,
  sheet: string,
  from: number,
  rows: (string | number | null)[][],
): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = sheetParts(await partsOf(path)).get(sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  let xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  const typed = rows
    .map((row, i) => {
      const r = from + i;
      const cells = row
        .map((v, c) =>
          v === null
            ? ""
            : typeof v === "number"
              ? `<c r="${column(c)}${r}"><v>${v}</v></c>`
              : `<c r="${column(c)}${r}" t="inlineStr"><is><t>${encodeXml(v)}</t></is></c>`,
        )
        .join("");
      return `<row r="${r}">${cells}</row>`;
    })
    .join("");
  // Rows after the header: any rows of ours at or past `from` are replaced.
  xml = xml.replace(/<sheetData>([\s\S]*?)<\/sheetData>|<sheetData\/>/, (_, inner?: string) => {
    const kept = [...(inner ?? "").matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)]
      .map((m) => m[0])
      .filter((row) => Number(/\br="(\d+)"/.exec(row)?.[1] ?? 0) < from);
    return `<sheetData>${kept.join("")}${typed}</sheetData>`;
  });
  zip.file(part, xml);
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
