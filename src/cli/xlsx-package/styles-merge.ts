// xl/styles.xml is shared by every sheet: the team's cells point into it by index. Our sheets' styles
// are appended after the team's — number formats, fonts, fills, borders, cell formats and the formats
// of conditional rules — so every index already there keeps its meaning, and our sheets' indices are
// moved by the same offsets (remapSheet).
import { element, elements, setBlock, withAttribute } from "./xml";

export interface StyleMap {
  /** Our sheet's cell format index → the merged part's. */
  xf: (i: number) => number;
  /** Our conditional rules' format index → the merged part's. */
  dxf: (i: number) => number;
}

// CT_Stylesheet's children in schema order, for a section the team's part lacks.
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const CHILD: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

const children = (xml: string, section: string): string[] => {
  const block = element(xml, section);
  return block ? elements(block.inner, CHILD[section] as string).map((e) => e.raw) : [];
};

function setSection(xml: string, section: string, items: readonly string[]): string {
  if (items.length === 0 && !element(xml, section)) return xml;
  const block = `<${section} count="${items.length}">${items.join("")}</${section}>`;
  return setBlock(xml, ORDER, section, block, "styleSheet");
}

const shift = (raw: string, attr: string, by: (n: number) => number): string => {
  const m = new RegExp(`\\s${attr}="(\\d+)"`).exec(raw);
  return m ? withAttribute(raw, attr, String(by(Number(m[1])))) : raw;
};

/** The team's styles with ours appended; how our indices move. */
export function mergeStyles(theirs: string, ours: string): { xml: string; map: StyleMap } {
  // Custom number formats (id 164 and up) get ids after the team's; built-in ids mean the same everywhere.
  const theirFormats = children(theirs, "numFmts");
  const used = theirFormats.map((f) => Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0));
  let next = Math.max(163, ...used) + 1;
  const formatId = new Map<number, number>();
  const ourFormats = children(ours, "numFmts").map((f) => {
    const id = Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0);
    formatId.set(id, next);
    return withAttribute(f, "numFmtId", String(next++));
  });
  const fmt = (n: number) => formatId.get(n) ?? n;

  const base = {
    fonts: children(theirs, "fonts").length,
    fills: children(theirs, "fills").length,
    borders: children(theirs, "borders").length,
  };
  const xfs = children(ours, "cellXfs").map((xf) =>
    [
      (r: string) => shift(r, "numFmtId", fmt),
      (r: string) => shift(r, "fontId", (n) => n + base.fonts),
      (r: string) => shift(r, "fillId", (n) => n + base.fills),
      (r: string) => shift(r, "borderId", (n) => n + base.borders),
      // The team's default cell style (Normal) is the base of ours.
      (r: string) => shift(r, "xfId", () => 0),
    ].reduce((r, f) => f(r), xf),
  );
  const dxfs = children(ours, "dxfs").map((d) =>
    d.replace(/<numFmt\b[^>]*\/>/g, (f) => shift(f, "numFmtId", fmt)),
  );

  const theirXfs = children(theirs, "cellXfs").length;
  const theirDxfs = children(theirs, "dxfs").length;
  let xml = theirs;
  xml = setSection(xml, "numFmts", [...theirFormats, ...ourFormats]);
  xml = setSection(xml, "fonts", [...children(theirs, "fonts"), ...children(ours, "fonts")]);
  xml = setSection(xml, "fills", [...children(theirs, "fills"), ...children(ours, "fills")]);
  xml = setSection(xml, "borders", [...children(theirs, "borders"), ...children(ours, "borders")]);
  xml = setSection(xml, "cellXfs", [...children(theirs, "cellXfs"), ...xfs]);
  if (dxfs.length > 0) xml = setSection(xml, "dxfs", [...children(theirs, "dxfs"), ...dxfs]);
  return { xml, map: { xf: (i) => i + theirXfs, dxf: (i) => i + theirDxfs } };
}

/** One of our sheet parts with its style indices moved into the merged styles. */
export function remapSheet(sheet: string, map: StyleMap): string {
  return sheet
    .replace(/<(c|row)\b[^>]*>/g, (tag) => shift(tag, "s", map.xf))
    .replace(/<col\b[^>]*>/g, (tag) => shift(tag, "style", map.xf))
    .replace(/<cfRule\b[^>]*>/g, (tag) => shift(tag, "dxfId", map.dxf));
}
