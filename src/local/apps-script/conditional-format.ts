// ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition: colour rules a sheet holds.
import { anchoredRanges, anchorOf, checkNumber } from "./anchored";
import { type ExecContext, Fake, fail, signatureError } from "./fake";
import type { RuleState, SheetState } from "./sheet-state";

function copyRule(r: RuleState): RuleState {
  return { ...r, values: [...r.values], format: { ...r.format }, ranges: [...r.ranges] };
}

export class ConditionalFormatRuleBuilderFake extends Fake {
  readonly _class = "ConditionalFormatRuleBuilder";
  readonly _state: RuleState;
  constructor(ctx: ExecContext, state?: RuleState) {
    super(ctx);
    this._state = state ? copyRule(state) : { criteria: null, values: [], format: {}, ranges: [] };
  }
  private _when(criteria: string, values: unknown[]) {
    this._state.criteria = criteria;
    this._state.values = values;
    return this;
  }
  private _num(method: string, criteria: string, values: unknown[]) {
    checkNumber(this._ctx, `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`, values);
    return this._when(criteria, values);
  }
  whenFormulaSatisfied(formula: string) {
    return this._when("CUSTOM_FORMULA", [String(formula)]);
  }
  whenCellEmpty() {
    return this._when("CELL_EMPTY", []);
  }
  whenCellNotEmpty() {
    return this._when("CELL_NOT_EMPTY", []);
  }
  whenNumberBetween(start: unknown, end: unknown) {
    return this._num("whenNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }
  whenNumberNotBetween(start: unknown, end: unknown) {
    return this._num("whenNumberNotBetween", "NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(n: unknown) {
    return this._num("whenNumberEqualTo", "NUMBER_EQUAL_TO", [n]);
  }
  whenNumberNotEqualTo(n: unknown) {
    return this._num("whenNumberNotEqualTo", "NUMBER_NOT_EQUAL_TO", [n]);
  }
  whenNumberGreaterThan(n: unknown) {
    return this._num("whenNumberGreaterThan", "NUMBER_GREATER_THAN", [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown) {
    return this._num("whenNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  whenNumberLessThan(n: unknown) {
    return this._num("whenNumberLessThan", "NUMBER_LESS_THAN", [n]);
  }
  whenNumberLessThanOrEqualTo(n: unknown) {
    return this._num("whenNumberLessThanOrEqualTo", "NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }
  whenTextContains(text: string) {
    return this._when("TEXT_CONTAINS", [String(text)]);
  }
  whenTextEqualTo(text: string) {
    return this._when("TEXT_EQUAL_TO", [String(text)]);
  }
  setBackground(color: string | null) {
    this._state.format.background = color === null ? null : String(color).toLowerCase();
    return this;
  }
  setFontColor(color: string | null) {
    this._state.format.fontColor = color === null ? null : String(color).toLowerCase();
    return this;
  }
  setBold(bold: boolean) {
    this._state.format.bold = Boolean(bold);
    return this;
  }
  setItalic(italic: boolean) {
    this._state.format.italic = Boolean(italic);
    return this;
  }
  setRanges(ranges: unknown) {
    if (!Array.isArray(ranges))
      throw signatureError(this._ctx, "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges", [ranges]);
    this._state.ranges = ranges.map((r) =>
      anchorOf(this._ctx, "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges", r),
    );
    return this;
  }
  getRanges() {
    return anchoredRanges(this._ctx, this._state.ranges);
  }
  getBooleanCondition() {
    return this._state.criteria ? new BooleanConditionFake(this._ctx, this._state)._self() : null;
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return new ConditionalFormatRuleBuilderFake(this._ctx, this._state)._self();
  }
  build() {
    if (!this._state.criteria) throw fail(this._ctx, "The conditional format rule has no condition.");
    return new ConditionalFormatRuleFake(this._ctx, copyRule(this._state))._self();
  }
}

export class ConditionalFormatRuleFake extends Fake {
  readonly _class = "ConditionalFormatRule";
  constructor(
    ctx: ExecContext,
    readonly _rule: RuleState,
  ) {
    super(ctx);
  }
  /** The rule as a sheet stores it: its ranges must lie on that sheet, as Sheets requires. */
  _stateFor(sheet: SheetState): RuleState {
    for (const r of this._rule.ranges) {
      const t = r.resolve();
      if (t && t.sheet !== sheet)
        throw fail(this._ctx, "Conditional format rule cannot reference a different sheet.");
    }
    return copyRule(this._rule);
  }
  getRanges() {
    return anchoredRanges(this._ctx, this._rule.ranges);
  }
  getBooleanCondition() {
    return this._rule.criteria ? new BooleanConditionFake(this._ctx, this._rule)._self() : null;
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return new ConditionalFormatRuleBuilderFake(this._ctx, this._rule)._self();
  }
}

export class BooleanConditionFake extends Fake {
  readonly _class = "BooleanCondition";
  constructor(
    ctx: ExecContext,
    private readonly _rule: RuleState,
  ) {
    super(ctx);
  }
  getCriteriaType() {
    return this._rule.criteria;
  }
  getCriteriaValues() {
    return [...this._rule.values];
  }
  getBackground() {
    return this._rule.format.background ?? null;
  }
  getFontColor() {
    return this._rule.format.fontColor ?? null;
  }
  getBold() {
    return this._rule.format.bold ?? null;
  }
  getItalic() {
    return this._rule.format.italic ?? null;
  }
}

// Charts ------------------------------------------------------------------------------------------------
