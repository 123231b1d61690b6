// The package's relationship parts and content types: which part a relationship id names, and the
// entries `export --update` adds and removes for the sheets it replaces.
import { elements, escapeXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The element as written (kept as it is when the relationship stays). */
  raw: string;
}

export const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_CALC_CHAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export function relationships(xml: string): Relationship[] {
  return elements(xml, "Relationship").map((e) => ({
    id: e.attrs.get("Id") ?? "",
    type: e.attrs.get("Type") ?? "",
    target: e.attrs.get("Target") ?? "",
    raw: e.raw,
  }));
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the folder of the part it belongs to. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part with some removed (by id) and some added, the others as written. */
export function editRelationships(
  xml: string,
  remove: ReadonlySet<string>,
  add: readonly Omit<Relationship, "raw">[],
): string {
  let out = xml;
  for (const r of relationships(xml)) if (remove.has(r.id)) out = out.replace(r.raw, "");
  const added = add
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
    )
    .join("");
  return out.replace(/<\/Relationships>\s*$/, `${added}</Relationships>`);
}

/** [Content_Types].xml with overrides of removed parts dropped and new ones added. */
export function editContentTypes(
  xml: string,
  remove: ReadonlySet<string>,
  add: readonly { part: string; type: string }[],
): string {
  let out = xml;
  for (const e of elements(xml, "Override")) {
    const part = (e.attrs.get("PartName") ?? "").replace(/^\//, "");
    if (remove.has(part)) out = out.replace(e.raw, "");
  }
  const added = add
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`)
    .join("");
  return out.replace(/<\/Types>\s*$/, `${added}</Types>`);
}

/** The main workbook part, from the package's root relationships. */
export function workbookPart(rootRels: string | undefined): string | null {
  if (!rootRels) return null;
  const main = relationships(rootRels).find((r) => r.type.endsWith("/officeDocument"));
  return main ? resolveTarget("", main.target) : null;
}
