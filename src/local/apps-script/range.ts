// Range: formats, notes, validation and protection over the contents half (RangeContentFake).
import { checkGrid, color, keep } from "./checks";
import { DataValidationFake } from "./data-validation";
import { signatureError, unwrap } from "./fake";
import { registry } from "./make";
import { DEFAULT_NUMBER_FORMAT } from "./number-format";
import { newProtection, ProtectionFake } from "./protection";
import { RangeContentFake } from "./range-content";
import type { AttrKey, ValidationState } from "./sheet-state";

export class RangeFake extends RangeContentFake {
  readonly _class = "Range";

  // Formats ------------------------------------------------------------------------------------------

  private _set(key: AttrKey, value: unknown) {
    this._live().setAttrs(key, this._rect, { fill: value });
    return this;
  }
  private _setGrid(key: AttrKey, method: string, values: unknown, map: (v: unknown) => unknown) {
    const rows = checkGrid(this._ctx, method, values, this._rect);
    this._live().setAttrs(
      key,
      this._rect,
      rows.map((r) => r.map(map)),
    );
    return this;
  }
  private _get(key: AttrKey, fallback: unknown): unknown[][] {
    return this._live()
      .readAttrs(key, this._rect)
      .map((r) => r.map((v) => v ?? fallback));
  }

  setNumberFormat(format: string) {
    return this._set("numberFormat", keep(format));
  }
  setNumberFormats(formats: unknown) {
    return this._setGrid("numberFormat", "setNumberFormats", formats, keep);
  }
  getNumberFormat() {
    return this.getNumberFormats()[0]?.[0];
  }
  getNumberFormats() {
    return this._get("numberFormat", DEFAULT_NUMBER_FORMAT) as string[][];
  }
  setBackground(c: string | null) {
    return this._set("background", color(c));
  }
  setBackgrounds(colors: unknown) {
    return this._setGrid("background", "setBackgrounds", colors, color);
  }
  getBackground() {
    return this.getBackgrounds()[0]?.[0];
  }
  getBackgrounds() {
    return this._get("background", "#ffffff") as string[][];
  }
  setFontWeight(weight: string | null) {
    return this._set("fontWeight", keep(weight));
  }
  setFontWeights(weights: unknown) {
    return this._setGrid("fontWeight", "setFontWeights", weights, keep);
  }
  getFontWeight() {
    return this.getFontWeights()[0]?.[0];
  }
  getFontWeights() {
    return this._get("fontWeight", "normal") as string[][];
  }
  setFontColor(c: string | null) {
    return this._set("fontColor", color(c));
  }
  setFontColors(colors: unknown) {
    return this._setGrid("fontColor", "setFontColors", colors, color);
  }
  getFontColor() {
    return this.getFontColors()[0]?.[0];
  }
  getFontColors() {
    return this._get("fontColor", "#000000") as string[][];
  }
  setFontStyle(style: string | null) {
    return this._set("fontStyle", keep(style));
  }
  setFontStyles(styles: unknown) {
    return this._setGrid("fontStyle", "setFontStyles", styles, keep);
  }
  getFontStyle() {
    return this.getFontStyles()[0]?.[0];
  }
  getFontStyles() {
    return this._get("fontStyle", "normal") as string[][];
  }
  setFontSize(size: number | null) {
    return this._set("fontSize", keep(size));
  }
  setFontSizes(sizes: unknown) {
    return this._setGrid("fontSize", "setFontSizes", sizes, keep);
  }
  getFontSize() {
    return this.getFontSizes()[0]?.[0];
  }
  getFontSizes() {
    return this._get("fontSize", 10) as number[][];
  }
  setFontFamily(family: string | null) {
    return this._set("fontFamily", keep(family));
  }
  setFontFamilies(families: unknown) {
    return this._setGrid("fontFamily", "setFontFamilies", families, keep);
  }
  getFontFamily() {
    return this.getFontFamilies()[0]?.[0];
  }
  getFontFamilies() {
    return this._get("fontFamily", "Arial") as string[][];
  }
  setHorizontalAlignment(alignment: string | null) {
    return this._set("horizontalAlignment", keep(alignment));
  }
  setHorizontalAlignments(alignments: unknown) {
    return this._setGrid("horizontalAlignment", "setHorizontalAlignments", alignments, keep);
  }
  setVerticalAlignment(alignment: string | null) {
    return this._set("verticalAlignment", keep(alignment));
  }
  setVerticalAlignments(alignments: unknown) {
    return this._setGrid("verticalAlignment", "setVerticalAlignments", alignments, keep);
  }
  getVerticalAlignment() {
    return this.getVerticalAlignments()[0]?.[0];
  }
  getVerticalAlignments() {
    return this._get("verticalAlignment", "bottom") as string[][];
  }
  setWrap(wrap: boolean) {
    return this._set("wrap", Boolean(wrap));
  }
  setWraps(wraps: unknown) {
    return this._setGrid("wrap", "setWraps", wraps, (v) => Boolean(v));
  }
  setNote(note: string | null) {
    return this._set("note", note === null || note === "" ? undefined : String(note));
  }
  setNotes(notes: unknown) {
    return this._setGrid("note", "setNotes", notes, (v) => (v === null || v === "" ? undefined : String(v)));
  }
  getNote() {
    return this.getNotes()[0]?.[0];
  }
  getNotes() {
    return this._get("note", "") as string[][];
  }

  // Validation and protection ----------------------------------------------------------------------

  setDataValidation(rule: unknown) {
    if (rule === null) return this.clearDataValidations();
    const v = unwrap(rule, DataValidationFake);
    if (!v) throw signatureError(this._ctx, "SpreadsheetApp.Range.setDataValidation", [rule]);
    return this._set("validation", v._state);
  }
  setDataValidations(rules: unknown) {
    return this._setGrid("validation", "setDataValidations", rules, (r) => {
      if (r === null) return undefined;
      const v = unwrap(r, DataValidationFake);
      if (!v) throw signatureError(this._ctx, "SpreadsheetApp.Range.setDataValidations", [rules]);
      return v._state;
    });
  }
  getDataValidation() {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  getDataValidations() {
    return this._live()
      .readAttrs("validation", this._rect)
      .map((row) =>
        row.map((v) => (v ? new DataValidationFake(this._ctx, v as ValidationState)._self() : null)),
      );
  }
  protect() {
    const s = this._live();
    return new ProtectionFake(
      this._ctx,
      newProtection(s, "RANGE", this._ctx.doc.anchor(s, this._rect)),
    )._self();
  }
}

registry.range = (ctx, state, rect) => new RangeFake(ctx, state, rect)._self();
registry.rangeRaw = (ctx, state, rect) => new RangeFake(ctx, state, rect);
registry.rangeClass = RangeFake;
