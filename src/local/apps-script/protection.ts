// Protection: warning-only or editor-restricted ranges and sheets.
import { anchoredRanges, anchorOf } from "./anchored";
import type { Anchor } from "./document";
import { type ExecContext, Fake, fail, signatureError } from "./fake";
import { rangeFake } from "./make";
import type { ProtectionState, SheetState } from "./sheet-state";

export function newProtection(
  sheet: SheetState,
  type: "RANGE" | "SHEET",
  range: Anchor | null,
): ProtectionState {
  const p: ProtectionState = {
    type,
    sheet,
    range,
    description: "",
    warningOnly: false,
    unprotected: [],
    editors: [],
    domainEdit: true,
    removed: false,
  };
  sheet.protections.push(p);
  return p;
}

export class ProtectionFake extends Fake {
  readonly _class = "Protection";
  constructor(
    ctx: ExecContext,
    readonly _state: ProtectionState,
  ) {
    super(ctx);
  }
  getProtectionType() {
    return this._state.type;
  }
  getRange() {
    const p = this._state;
    if (p.range) return anchoredRanges(this._ctx, [p.range])[0] ?? null;
    return rangeFake(this._ctx, p.sheet, {
      row: 1,
      col: 1,
      numRows: p.sheet.maxRows,
      numCols: p.sheet.maxCols,
    });
  }
  getDescription() {
    return this._state.description;
  }
  setDescription(description: string) {
    this._state.description = String(description);
    return this;
  }
  isWarningOnly() {
    return this._state.warningOnly;
  }
  setWarningOnly(warningOnly: boolean) {
    this._state.warningOnly = Boolean(warningOnly);
    return this;
  }
  canEdit() {
    return true;
  }
  canDomainEdit() {
    return this._state.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this._state.domainEdit = Boolean(editable);
    return this;
  }
  getEditors() {
    return [];
  }
  addEditor(_user: unknown) {
    return this;
  }
  addEditors(_users: unknown) {
    return this;
  }
  removeEditor(_user: unknown) {
    return this;
  }
  removeEditors(_users: unknown) {
    return this;
  }
  getUnprotectedRanges() {
    return anchoredRanges(this._ctx, this._state.unprotected);
  }
  setUnprotectedRanges(ranges: unknown) {
    if (this._state.type !== "SHEET")
      throw fail(this._ctx, "Unprotected ranges can only be set on a sheet protection.");
    if (!Array.isArray(ranges))
      throw signatureError(this._ctx, "SpreadsheetApp.Protection.setUnprotectedRanges", [ranges]);
    this._state.unprotected = ranges.map((r) =>
      anchorOf(this._ctx, "SpreadsheetApp.Protection.setUnprotectedRanges", r),
    );
    return this;
  }
  remove() {
    const p = this._state;
    p.removed = true;
    p.sheet.protections = p.sheet.protections.filter((x) => x !== p);
  }
}
