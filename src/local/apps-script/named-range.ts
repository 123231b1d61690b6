// NamedRange: a workbook-scoped name over a range, as Spreadsheet.getNamedRanges hands it out.
import { type ExecContext, Fake, fail } from "./fake";
import { rangeArg, rangeFake } from "./make";

export class NamedRangeFake extends Fake {
  readonly _class = "NamedRange";
  constructor(
    ctx: ExecContext,
    private _name: string,
  ) {
    super(ctx);
  }
  getName() {
    return this._name;
  }
  getRange() {
    const target = this._ctx.doc.resolveExpression(this._name);
    if (!target) throw fail(this._ctx, "Range not found");
    return rangeFake(this._ctx, target.sheet, target.rect);
  }
  setRange(range: unknown) {
    const r = rangeArg(this._ctx, "SpreadsheetApp.NamedRange.setRange", range);
    this._ctx.doc.moveNamedRange(this._name, r._state, r._rect);
    return this;
  }
  setName(name: string) {
    const target = this._ctx.doc.resolveExpression(this._name);
    if (!target) throw fail(this._ctx, "Range not found");
    this._ctx.doc.removeNamedRange(this._name);
    this._ctx.doc.setNamedRange(String(name), target.sheet, target.rect);
    this._name = String(name);
    return this;
  }
  remove() {
    this._ctx.doc.removeNamedRange(this._name);
  }
}
