// DataValidationBuilder and DataValidation: the rules a range holds, with their criteria, help text
// and whether invalid input is only warned about.

import { anchoredRanges, anchorOf, checkNumber } from "./anchored";
import { isDate, timeOf } from "./dates";
import type { Anchor } from "./document";
import { type ExecContext, Fake, fail, signatureError } from "./fake";
import type { ValidationState } from "./sheet-state";

function copyValidation(v: ValidationState): ValidationState {
  return { ...v, values: [...v.values], dateArgs: [...v.dateArgs] };
}

function criteriaValues(ctx: ExecContext, v: ValidationState): unknown[] {
  return v.values.map((x, i) => {
    if (v.dateArgs.includes(i)) return new ctx.realm.Date(x as number);
    if (x && typeof x === "object" && "resolve" in x) return anchoredRanges(ctx, [x as Anchor])[0] ?? null;
    return Array.isArray(x) ? [...x] : x;
  });
}

export class DataValidationBuilderFake extends Fake {
  readonly _class = "DataValidationBuilder";
  readonly _state: ValidationState;
  constructor(ctx: ExecContext, state?: ValidationState) {
    super(ctx);
    this._state = state
      ? copyValidation(state)
      : { criteria: null, values: [], dateArgs: [], helpText: null, allowInvalid: true };
  }
  private _criteria(criteria: string, values: unknown[], dateArgs: number[] = []) {
    Object.assign(this._state, { criteria, values, dateArgs });
    return this;
  }
  private _dates(method: string, dates: unknown[], criteria: string) {
    if (!dates.every(isDate))
      throw signatureError(this._ctx, `SpreadsheetApp.DataValidationBuilder.${method}`, dates);
    return this._criteria(
      criteria,
      dates.map((d) => timeOf(d as Date)),
      dates.map((_, i) => i),
    );
  }
  private _numbers(method: string, numbers: unknown[], criteria: string) {
    checkNumber(this._ctx, `SpreadsheetApp.DataValidationBuilder.${method}`, numbers);
    return this._criteria(criteria, numbers);
  }
  requireDate() {
    return this._criteria("DATE_IS_VALID_DATE", []);
  }
  requireDateBetween(start: unknown, end: unknown) {
    return this._dates("requireDateBetween", [start, end], "DATE_BETWEEN");
  }
  requireDateNotBetween(start: unknown, end: unknown) {
    return this._dates("requireDateNotBetween", [start, end], "DATE_NOT_BETWEEN");
  }
  requireDateAfter(date: unknown) {
    return this._dates("requireDateAfter", [date], "DATE_AFTER");
  }
  requireDateBefore(date: unknown) {
    return this._dates("requireDateBefore", [date], "DATE_BEFORE");
  }
  requireDateOnOrAfter(date: unknown) {
    return this._dates("requireDateOnOrAfter", [date], "DATE_ON_OR_AFTER");
  }
  requireDateOnOrBefore(date: unknown) {
    return this._dates("requireDateOnOrBefore", [date], "DATE_ON_OR_BEFORE");
  }
  requireDateEqualTo(date: unknown) {
    return this._dates("requireDateEqualTo", [date], "DATE_EQUAL_TO");
  }
  requireNumberBetween(start: unknown, end: unknown) {
    return this._numbers("requireNumberBetween", [start, end], "NUMBER_BETWEEN");
  }
  requireNumberNotBetween(start: unknown, end: unknown) {
    return this._numbers("requireNumberNotBetween", [start, end], "NUMBER_NOT_BETWEEN");
  }
  requireNumberEqualTo(n: unknown) {
    return this._numbers("requireNumberEqualTo", [n], "NUMBER_EQUAL_TO");
  }
  requireNumberNotEqualTo(n: unknown) {
    return this._numbers("requireNumberNotEqualTo", [n], "NUMBER_NOT_EQUAL_TO");
  }
  requireNumberGreaterThan(n: unknown) {
    return this._numbers("requireNumberGreaterThan", [n], "NUMBER_GREATER_THAN");
  }
  requireNumberGreaterThanOrEqualTo(n: unknown) {
    return this._numbers("requireNumberGreaterThanOrEqualTo", [n], "NUMBER_GREATER_THAN_OR_EQUAL_TO");
  }
  requireNumberLessThan(n: unknown) {
    return this._numbers("requireNumberLessThan", [n], "NUMBER_LESS_THAN");
  }
  requireNumberLessThanOrEqualTo(n: unknown) {
    return this._numbers("requireNumberLessThanOrEqualTo", [n], "NUMBER_LESS_THAN_OR_EQUAL_TO");
  }
  requireTextContains(text: string) {
    return this._criteria("TEXT_CONTAINS", [String(text)]);
  }
  requireTextEqualTo(text: string) {
    return this._criteria("TEXT_EQUAL_TO", [String(text)]);
  }
  requireTextIsEmail() {
    return this._criteria("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl() {
    return this._criteria("TEXT_IS_VALID_URL", []);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this._criteria(
      "CHECKBOX",
      [checked, unchecked].filter((x) => x !== undefined),
    );
  }
  requireFormulaSatisfied(formula: string) {
    return this._criteria("CUSTOM_FORMULA", [String(formula)]);
  }
  requireValueInList(values: unknown, showDropdown = true) {
    if (!Array.isArray(values))
      throw signatureError(this._ctx, "SpreadsheetApp.DataValidationBuilder.requireValueInList", [values]);
    return this._criteria("VALUE_IN_LIST", [values.map(String), Boolean(showDropdown)]);
  }
  requireValueInRange(range: unknown, showDropdown = true) {
    const anchor = anchorOf(this._ctx, "SpreadsheetApp.DataValidationBuilder.requireValueInRange", range);
    return this._criteria("VALUE_IN_RANGE", [anchor, Boolean(showDropdown)]);
  }
  withCriteria(criteria: string, args: unknown[]) {
    return this._criteria(String(criteria), Array.isArray(args) ? [...args] : []);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this._state.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string) {
    this._state.helpText = String(helpText);
    return this;
  }
  getCriteriaType() {
    return this._state.criteria;
  }
  getCriteriaValues() {
    return criteriaValues(this._ctx, this._state);
  }
  getHelpText() {
    return this._state.helpText;
  }
  getAllowInvalid() {
    return this._state.allowInvalid;
  }
  copy() {
    return new DataValidationBuilderFake(this._ctx, this._state)._self();
  }
  build() {
    if (!this._state.criteria) throw fail(this._ctx, "The data validation rule has no criteria.");
    return new DataValidationFake(this._ctx, copyValidation(this._state))._self();
  }
}

export class DataValidationFake extends Fake {
  readonly _class = "DataValidation";
  constructor(
    ctx: ExecContext,
    readonly _state: ValidationState,
  ) {
    super(ctx);
  }
  getCriteriaType() {
    return this._state.criteria;
  }
  getCriteriaValues() {
    return criteriaValues(this._ctx, this._state);
  }
  getHelpText() {
    return this._state.helpText;
  }
  getAllowInvalid() {
    return this._state.allowInvalid;
  }
  copy() {
    return new DataValidationBuilderFake(this._ctx, this._state)._self();
  }
}

// Conditional format rules ----------------------------------------------------------------------------
