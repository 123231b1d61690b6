// Just enough XML for the package parts `export --update` edits (workbook, relationships, content
// types, styles): elements found by tag, attributes read and written, text escaped. The parts are
// machine-written OOXML; anything else is passed through as it was.

export interface Element {
  /** The whole element, from `<tag` to its end (`/>` or `</tag>`). */
  raw: string;
  /** Where it starts in the text searched. */
  at: number;
  attrs: Map<string, string>;
  /** What is between the opening and the closing tag ("" for `<tag/>`). */
  inner: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, "&");

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function attributes(openTag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of openTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    map.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ""));
  return map;
}

/** Every `<tag …/>` or `<tag …>…</tag>` in `xml` (the tag itself never nested inside). */
export function elements(xml: string, tag: string): Element[] {
  const found: Element[] = [];
  const re = new RegExp(
    `<${tag.replace(/[.:]/g, "\\$&")}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</${tag.replace(/[.:]/g, "\\$&")}>)`,
    "g",
  );
  for (const m of xml.matchAll(re))
    found.push({ raw: m[0], at: m.index ?? 0, attrs: attributes(m[1] ?? ""), inner: m[3] ?? "" });
  return found;
}

/** The first element of `tag`, or undefined. */
export const element = (xml: string, tag: string): Element | undefined => elements(xml, tag)[0];

/** An element's text content, unescaped. */
export const textOf = (e: Element): string => unescapeXml(e.inner);

/** `<tag a="…" …/>` or with inner content. */
export function render(tag: string, attrs: Iterable<[string, string]>, inner?: string): string {
  const a = [...attrs].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  return inner === undefined ? `<${tag}${a}/>` : `<${tag}${a}>${inner}</${tag}>`;
}

/**
 * The part with `tag`'s element replaced by `block`, or, when it has none, `block` inserted before the
 * first element that follows `tag` in the schema's `order` (else before the root's end tag).
 */
export function setBlock(
  xml: string,
  order: readonly string[],
  tag: string,
  block: string,
  root: string,
): string {
  const current = element(xml, tag);
  if (current) return xml.replace(current.raw, block);
  for (const next of order.slice(order.indexOf(tag) + 1)) {
    const at = new RegExp(`<${next}(?=[\\s/>])`).exec(xml);
    if (at) return `${xml.slice(0, at.index)}${block}${xml.slice(at.index)}`;
  }
  return xml.replace(new RegExp(`</${root}>\\s*$`), `${block}</${root}>`);
}

/** The element with one attribute set (added at the end when missing), the rest as written. */
export function withAttribute(raw: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(raw)) return raw.replace(re, `$1"${escapeXml(value)}"`);
  return raw.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}
