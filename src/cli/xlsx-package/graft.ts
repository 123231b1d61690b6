// `export --update` at the level of the package (issue 22): our sheets, written by exceljs into a
// workbook of their own (the donor), are grafted into the team's package. Changed: the parts of our
// old sheets (removed), the workbook part's sheet list, defined names and views, its relationships, the
// content types, the calculation chain (dropped: the application rebuilds it) and styles.xml (ours
// appended). Every other part — the team's sheets, charts, drawings, images, comments, pivot tables,
// custom XML — is written back as the bytes it was read as.
import { isOurName } from "../../workbook/names";
import { rangeSheet } from "../xlsx-reader";
import type { XlsxPackage } from "./package";
import {
  CT_WORKSHEET,
  editContentTypes,
  editRelationships,
  REL_CALC_CHAIN,
  REL_WORKSHEET,
  type Relationship,
  relationships,
  relsPath,
  resolveTarget,
  workbookPart,
} from "./relationships";
import { mergeStyles, remapSheet } from "./styles-merge";
import {
  type DefinedName,
  definedNameElement,
  definedNames,
  fullCalcOnLoad,
  moveViews,
  relationshipPrefix,
  replaceBlock,
  type SheetEntry,
  sheetElement,
  sheetEntries,
} from "./workbook-part";
import { element, elements, withAttribute } from "./xml";

export interface GraftPlan {
  /** Our sheets in the team's workbook now (the hidden data sheet included), replaced by the donor's. */
  oldOurs: ReadonlySet<string>;
  /** Sheets of ours that stay under another name (the log archived by --log archive). */
  renamed: ReadonlyMap<string, string>;
}

interface Book {
  part: string;
  xml: string;
  rels: Relationship[];
  sheets: (SheetEntry & { part: string; hidden: boolean })[];
}

function book(pkg: XlsxPackage, what: string): Book {
  const part = workbookPart(pkg.text("_rels/.rels"));
  const xml = part ? pkg.text(part) : undefined;
  if (!part || xml === undefined) throw new Error(`${what} has no workbook part`);
  const rels = relationships(pkg.text(relsPath(part)) ?? "");
  const sheets = sheetEntries(xml).map((s) => {
    const rel = rels.find((r) => r.id === s.rid);
    if (!rel) throw new Error(`${what}: sheet ${s.name} has no relationship ${s.rid}`);
    return {
      ...s,
      part: resolveTarget(part, rel.target),
      hidden: /\sstate="(hidden|veryHidden)"/.test(s.raw),
    };
  });
  return { part, xml, rels, sheets };
}

const stylesRel = (b: Book) => b.rels.find((r) => r.type.endsWith("/styles"));

/** A part name not taken yet: xl/worksheets/sheet7.xml after sheet1…6. */
function freshPart(pkg: XlsxPackage, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `xl/worksheets/sheet${n}.xml`;
    if (!pkg.has(name) && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The parts only `gone` referred to, through their relationship parts (a sheet's comments, drawing). */
function orphans(pkg: XlsxPackage, gone: readonly string[]): string[] {
  const owned = gone.flatMap((part) => {
    const rels = pkg.text(relsPath(part));
    return rels
      ? relationships(rels)
          .filter((r) => !/TargetMode="External"/.test(r.raw))
          .map((r) => resolveTarget(part, r.target))
      : [];
  });
  const elsewhere = new Set(
    pkg
      .names()
      .filter((n) => n.endsWith(".rels") && !gone.some((g) => relsPath(g) === n))
      .flatMap((n) => {
        const owner = n.replace(/_rels\/([^/]+)\.rels$/, "$1");
        return relationships(pkg.text(n) ?? "").map((r) => resolveTarget(owner, r.target));
      }),
  );
  const lost = owned.filter((p) => pkg.has(p) && !elsewhere.has(p));
  return lost.length ? [...lost, ...orphans(pkg, lost)] : [];
}

export function graft(team: XlsxPackage, donor: XlsxPackage, plan: GraftPlan): XlsxPackage {
  const out = team.filtered(() => true);
  const t = book(team, "the workbook");
  const d = book(donor, "our sheets");

  // Styles: ours appended after the team's, our sheets' indices moved with them.
  const teamStyles = stylesRel(t);
  const donorStylesRel = stylesRel(d);
  const donorStyles = donorStylesRel ? donor.text(resolveTarget(d.part, donorStylesRel.target)) : undefined;
  if (!teamStyles || !donorStyles) throw new Error("a workbook without styles");
  const stylesPart = resolveTarget(t.part, teamStyles.target);
  const merged = mergeStyles(team.text(stylesPart) ?? "", donorStyles);
  out.set(stylesPart, merged.xml);

  // The sheet list: the team's sheets where they were, ours where ours were (at the end if new to us).
  const gone = t.sheets.filter((s) => plan.oldOurs.has(s.name) && !plan.renamed.has(s.name));
  const taken = new Set<string>();
  const rids = new Set(t.rels.map((r) => r.id));
  let nextSheetId = Math.max(0, ...t.sheets.map((s) => s.sheetId)) + 1;
  const added = d.sheets.map((s, i) => {
    const replaced = gone.find((g) => g.name === s.name);
    let rid = `rIdKpi${i + 1}`;
    while (rids.has(rid)) rid = `${rid}x`;
    rids.add(rid);
    return { ...s, sheetId: replaced?.sheetId ?? nextSheetId++, rid, part: freshPart(team, taken) };
  });
  const prefix = relationshipPrefix(t.xml);
  const order: { raw: string; from: number | null }[] = [];
  let placed = false;
  t.sheets.forEach((s, i) => {
    if (gone.includes(s)) {
      if (!placed) order.push(...added.map((a) => ({ raw: sheetElement(prefix, a), from: null })));
      placed = true;
      return;
    }
    const rename = plan.renamed.get(s.name);
    order.push({
      raw: rename ? withAttribute(s.raw, "name", rename) : s.raw,
      from: i,
    });
  });
  if (!placed) order.push(...added.map((a) => ({ raw: sheetElement(prefix, a), from: null })));
  const firstOurs = order.findIndex((o) => o.from === null);
  const newIndex = (old: number) => {
    const at = order.findIndex((o) => o.from === old);
    return at >= 0 ? at : Math.max(0, firstOurs);
  };

  // Defined names: the team's stay (a sheet-scoped one follows its sheet); ours come from the donor.
  const sheetsAfter = new Set([
    ...t.sheets.filter((s) => !gone.includes(s)).map((s) => plan.renamed.get(s.name) ?? s.name),
    ...added.map((a) => a.name),
  ]);
  const fresh = definedNames(d.xml);
  const freshNames = new Set(fresh.map((n) => n.name.toUpperCase()));
  const kept = definedNames(t.xml).filter((n) => {
    if (freshNames.has(n.name.toUpperCase())) return false;
    // A name scoped to one of our old sheets (a print area LibreOffice added) goes with that sheet.
    const scope = n.localSheetId === undefined ? undefined : t.sheets[n.localSheetId];
    if (scope && gone.includes(scope)) return false;
    const sheets = referencedSheets(n);
    if (sheets.some((s) => !sheetsAfter.has(s))) return false;
    return !(isOurName(n.name) && sheets.some((s) => plan.oldOurs.has(s)));
  });
  const names = [
    ...kept.map((n) =>
      n.localSheetId === undefined
        ? n.raw
        : definedNameElement({ ...n, localSheetId: newIndex(n.localSheetId) }),
    ),
    ...fresh.map((n) => n.raw),
  ];

  let xml = replaceBlock(t.xml, "sheets", `<sheets>${order.map((o) => o.raw).join("")}</sheets>`);
  const block = element(xml, "definedNames");
  if (names.length) xml = replaceBlock(xml, "definedNames", `<definedNames>${names.join("")}</definedNames>`);
  else if (block) xml = xml.replace(block.raw, "");
  xml = fullCalcOnLoad(moveViews(xml, newIndex));
  out.set(t.part, xml);

  // Parts: our old sheets and what only they referred to go; the calculation chain goes; ours come in.
  const calcChain = t.rels.filter((r) => r.type === REL_CALC_CHAIN);
  const removed = [
    ...gone.map((s) => s.part),
    ...orphans(
      team,
      gone.map((s) => s.part),
    ),
    ...calcChain.map((r) => resolveTarget(t.part, r.target)),
  ];
  for (const p of removed) {
    out.remove(p);
    out.remove(relsPath(p));
  }
  const strings = sharedStrings(donor, d);
  d.sheets.forEach((s, i) => {
    // Our sheets hold cells, formats and rules only: nothing of theirs lives in other parts.
    if (donor.has(relsPath(s.part))) throw new Error(`our sheet ${s.name} refers to other parts`);
    const sheet = inlineStrings(donor.text(s.part) ?? "", strings).replace(/\stabSelected="1"/g, "");
    out.set((added[i] as { part: string }).part, remapSheet(sheet, merged.map));
  });
  const relsOf = relsPath(t.part);
  const target = (part: string) => relativeTarget(t.part, part);
  out.set(
    relsOf,
    editRelationships(
      team.text(relsOf) ?? "",
      new Set([...gone.map((s) => s.rid), ...calcChain.map((r) => r.id)]),
      added.map((a) => ({ id: a.rid, type: REL_WORKSHEET, target: target(a.part) })),
    ),
  );
  out.set(
    "[Content_Types].xml",
    editContentTypes(
      team.text("[Content_Types].xml") ?? "",
      new Set(removed),
      added.map((a) => ({ part: a.part, type: CT_WORKSHEET })),
    ),
  );
  return out;
}

/** The donor's shared strings, each as the content of its <si>. */
function sharedStrings(donor: XlsxPackage, d: Book): string[] {
  const rel = d.rels.find((r) => r.type.endsWith("/sharedStrings"));
  const xml = rel ? donor.text(resolveTarget(d.part, rel.target)) : undefined;
  return xml ? elements(xml, "si").map((e) => e.inner) : [];
}

/**
 * Our text cells written inline (<is>), not as indices into a shared strings part: the team's shared
 * strings stay as they are, and no index of theirs moves.
 */
function inlineStrings(sheet: string, strings: readonly string[]): string {
  return sheet.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, i: string) => {
      const si = strings[Number(i)];
      if (si === undefined) throw new Error(`our sheets refer to a missing shared string ${i}`);
      return `<c${before} t="inlineStr"${after}><is>${si}</is></c>`;
    },
  );
}

/** The sheets a defined name's formula refers to ('Sheet 1'!$A$1, Data!A:A, a union of both). */
function referencedSheets(n: DefinedName): string[] {
  return n.formula
    .split(",")
    .map((part) => rangeSheet(part.trim().replace(/^\(/, "")))
    .filter((s): s is string => s !== null);
}

/** A part's name as a target relative to the folder of `from` (xl/workbook.xml → worksheets/…). */
function relativeTarget(from: string, part: string): string {
  const folder = from.split("/").slice(0, -1).join("/");
  return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
}
