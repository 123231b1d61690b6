// The state of one sheet of a fake document: size, layout, the attributes kept beside each cell
// (HyperFormula holds the contents), and what the sheet holds (rules, charts, protections, metadata).
import type { Rect } from "./a1";
import type { Anchor } from "./document";

/** Per-cell attributes kept beside the contents (HyperFormula holds the contents). */
export type AttrKey =
  | "numberFormat"
  | "background"
  | "fontWeight"
  | "fontColor"
  | "fontStyle"
  | "fontSize"
  | "fontFamily"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrap"
  | "note"
  | "validation";

export const FORMAT_KEYS: readonly AttrKey[] = [
  "numberFormat",
  "background",
  "fontWeight",
  "fontColor",
  "fontStyle",
  "fontSize",
  "fontFamily",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
];

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** null: the spreadsheet itself. */
  sheet: SheetState | null;
}

export interface ValidationState {
  criteria: string | null;
  /** Numbers, strings, booleans, epoch ms for dates (see dateArgs), or an Anchor for a range. */
  values: unknown[];
  /** Indexes of `values` that are dates (epoch ms), so they come back as Date objects. */
  dateArgs: number[];
  helpText: string | null;
  allowInvalid: boolean;
}

export interface RuleState {
  criteria: string | null;
  values: unknown[];
  format: { background?: string | null; fontColor?: string | null; bold?: boolean; italic?: boolean };
  ranges: Anchor[];
}

export interface ChartState {
  id: number | null;
  type: string;
  ranges: Anchor[];
  options: Map<string, unknown>;
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
}

export interface ProtectionState {
  type: "RANGE" | "SHEET";
  sheet: SheetState;
  range: Anchor | null;
  description: string;
  warningOnly: boolean;
  unprotected: Anchor[];
  editors: string[];
  domainEdit: boolean;
  removed: boolean;
}

export class SheetState {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  deleted = false;
  tabColor: string | null = null;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly attrs = new Map<AttrKey, unknown[][]>();
  metadata: MetadataState[] = [];
  rules: RuleState[] = [];
  charts: ChartState[] = [];
  protections: ProtectionState[] = [];
  /** Bumped on every content write, to cache the last row/column with content. */
  version = 0;
  extentCache: { version: number; lastRow: number; lastCol: number } | null = null;

  constructor(
    readonly sheetId: number,
    public name: string,
    public hfId: number,
  ) {}

  attr(key: AttrKey, r0: number, c0: number): unknown {
    return this.attrs.get(key)?.[r0]?.[c0];
  }

  private grid(key: AttrKey): unknown[][] {
    let g = this.attrs.get(key);
    if (!g) {
      g = [];
      this.attrs.set(key, g);
    }
    return g;
  }

  /** Writes values[i][j] (or one value everywhere) into the attribute grid; undefined clears. */
  setAttrs(key: AttrKey, rect: Rect, values: unknown[][] | { fill: unknown }): void {
    const g = this.grid(key);
    for (let i = 0; i < rect.numRows; i++) {
      const r0 = rect.row - 1 + i;
      let row = g[r0];
      if (!row) {
        row = [];
        g[r0] = row;
      }
      const src = Array.isArray(values) ? values[i] : undefined;
      for (let j = 0; j < rect.numCols; j++) {
        row[rect.col - 1 + j] = Array.isArray(values) ? src?.[j] : values.fill;
      }
    }
  }

  readAttrs(key: AttrKey, rect: Rect): unknown[][] {
    const g = this.attrs.get(key);
    const out: unknown[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const row = g?.[rect.row - 1 + i];
      const line: unknown[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) line[j] = row?.[rect.col - 1 + j];
      out.push(line);
    }
    return out;
  }

  clearAttrs(keys: readonly AttrKey[], rect: Rect): void {
    for (const key of keys) if (this.attrs.has(key)) this.setAttrs(key, rect, { fill: undefined });
  }

  /** New rows at r0 (0-based), formatted like row `like0` (0-based, after the insertion). */
  insertRows(r0: number, n: number, like0: number): void {
    for (const g of this.attrs.values()) {
      if (g.length > r0) g.splice(r0, 0, ...new Array<unknown[]>(n));
      const like = g[like0];
      if (like) for (let i = 0; i < n; i++) g[r0 + i] = like.slice();
    }
    shiftKeys(this.rowHeights, r0 + 1, n);
  }

  deleteRows(r0: number, n: number): void {
    for (const g of this.attrs.values()) g.splice(r0, n);
    shiftKeys(this.rowHeights, r0 + 1, -n);
  }

  insertCols(c0: number, n: number, like0: number): void {
    for (const g of this.attrs.values()) {
      for (const row of g) {
        if (!row) continue;
        if (row.length > c0) row.splice(c0, 0, ...new Array<unknown>(n));
        const like = row[like0];
        if (like !== undefined) for (let i = 0; i < n; i++) row[c0 + i] = like;
      }
    }
    shiftKeys(this.colWidths, c0 + 1, n);
  }

  deleteCols(c0: number, n: number): void {
    for (const g of this.attrs.values()) for (const row of g) row?.splice(c0, n);
    shiftKeys(this.colWidths, c0 + 1, -n);
  }
}

/** Moves 1-based keys ≥ from by delta (negative: the deleted keys disappear). */
function shiftKeys(map: Map<number, number>, from: number, delta: number): void {
  const entries = [...map.entries()].sort((a, b) => (delta > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [k, v] of entries) {
    if (k < from) continue;
    map.delete(k);
    if (delta < 0 && k < from - delta) continue;
    map.set(k + delta, v);
  }
}
