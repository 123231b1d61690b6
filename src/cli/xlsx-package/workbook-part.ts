// xl/workbook.xml: the sheet list, the defined names, the views and the calculation settings — the
// workbook-wide part `export --update` rewrites, keeping each of the team's entries as written.
import { type Element, element, elements, escapeXml, render, setBlock, textOf, withAttribute } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id naming its part. */
  rid: string;
  /** The element as written. */
  raw: string;
}

export interface DefinedName {
  name: string;
  formula: string;
  /** The index of the sheet a sheet-scoped name belongs to, in the sheet list's order. */
  localSheetId?: number;
  raw: string;
}

const ridOf = (e: Element) => [...e.attrs].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";

export function sheetEntries(xml: string): SheetEntry[] {
  const block = element(xml, "sheets");
  return block
    ? elements(block.inner, "sheet").map((e) => ({
        name: e.attrs.get("name") ?? "",
        sheetId: Number(e.attrs.get("sheetId") ?? 0),
        rid: ridOf(e),
        raw: e.raw,
      }))
    : [];
}

export function definedNames(xml: string): DefinedName[] {
  const block = element(xml, "definedNames");
  return block
    ? elements(block.inner, "definedName").map((e) => {
        const local = e.attrs.get("localSheetId");
        return {
          name: e.attrs.get("name") ?? "",
          formula: textOf(e),
          ...(local === undefined ? {} : { localSheetId: Number(local) }),
          raw: e.raw,
        };
      })
    : [];
}

/** The relationship-id prefix the part uses for r:id (r, or another the producer chose). */
export function relationshipPrefix(xml: string): string {
  const m = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    xml,
  );
  return m?.[1] ?? "r";
}

// The relationships namespace is declared on the element itself: some producers (openpyxl) declare it
// on each <sheet>, not on the root.
export const sheetElement = (
  prefix: string,
  s: { name: string; sheetId: number; rid: string; hidden?: boolean },
) =>
  render("sheet", [
    [`xmlns:${prefix}`, "http://schemas.openxmlformats.org/officeDocument/2006/relationships"],
    ["name", s.name],
    ["sheetId", String(s.sheetId)],
    ...(s.hidden ? ([["state", "hidden"]] as [string, string][]) : []),
    [`${prefix}:id`, s.rid],
  ]);

export const definedNameElement = (n: {
  name: string;
  formula: string;
  localSheetId?: number;
  hidden?: boolean;
}) =>
  render(
    "definedName",
    [
      ["name", n.name],
      ...(n.localSheetId === undefined
        ? []
        : ([["localSheetId", String(n.localSheetId)]] as [string, string][])),
      ...(n.hidden ? ([["hidden", "1"]] as [string, string][]) : []),
    ],
    escapeXml(n.formula),
  );

// CT_Workbook's children in schema order: a block we add goes before the first that follows it.
const ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The workbook part with a child block replaced, or inserted where the schema puts it. */
export function replaceBlock(xml: string, tag: string, block: string): string {
  return setBlock(xml, ORDER, tag, block, "workbook");
}

/** Every workbook view's active and first tab moved by `index` (old position → new). */
export function moveViews(xml: string, index: (old: number) => number): string {
  let out = xml;
  for (const v of elements(xml, "workbookView")) {
    let raw = v.raw;
    for (const a of ["activeTab", "firstSheet"]) {
      const old = v.attrs.get(a);
      if (old !== undefined) raw = withAttribute(raw, a, String(index(Number(old))));
    }
    out = out.replace(v.raw, raw);
  }
  return out;
}

/** The calculation settings asking the application to recalculate everything when it opens the file. */
export function fullCalcOnLoad(xml: string): string {
  const calc = element(xml, "calcPr");
  if (calc) return xml.replace(calc.raw, withAttribute(calc.raw, "fullCalcOnLoad", "1"));
  return replaceBlock(xml, "calcPr", '<calcPr fullCalcOnLoad="1"/>');
}
