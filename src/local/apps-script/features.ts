// The builders and stored objects of the Spreadsheet service: data validation, conditional format
// rules, embedded charts, protections and developer metadata.
import type { Rect } from "./a1";
import { isDate, timeOf } from "./dates";
import type {
  Anchor,
  ChartState,
  MetadataState,
  ProtectionState,
  RuleState,
  SheetState,
  ValidationState,
} from "./document";
import { type ExecContext, Fake, fail, signatureError } from "./fake";
import { rangeArg, rangeFake, sheetFake, spreadsheetFake } from "./spreadsheet";

export const DeveloperMetadataVisibility = { DOCUMENT: "DOCUMENT", PROJECT: "PROJECT" } as const;
export const DeveloperMetadataLocationType = {
  SPREADSHEET: "SPREADSHEET",
  SHEET: "SHEET",
  ROW: "ROW",
  COLUMN: "COLUMN",
} as const;
export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;

const names = <T extends string>(...keys: T[]) =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [K in T]: K };

export const DataValidationCriteria = names(
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
);

export const BooleanCriteria = names(
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
);

/** Ranges held by rules, validations and charts, resolved as they are now (rows may have moved). */
function anchoredRanges(ctx: ExecContext, anchors: readonly Anchor[]) {
  return anchors.flatMap((a) => {
    const t = a.resolve();
    return t ? [rangeFake(ctx, t.sheet, t.rect)] : [];
  });
}

function anchorOf(ctx: ExecContext, method: string, range: unknown): Anchor {
  const r = rangeArg(ctx, method, range);
  return ctx.doc.anchor(r._state, r._rect);
}

function checkNumber(ctx: ExecContext, method: string, args: unknown[]) {
  if (!args.every((a) => typeof a === "number")) throw signatureError(ctx, method, args);
}

// Data validation ----------------------------------------------------------------------------------

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

function copyChart(c: ChartState): ChartState {
  return { ...c, ranges: [...c.ranges], options: new Map(c.options) };
}

export class EmbeddedChartBuilderFake extends Fake {
  readonly _class = "EmbeddedChartBuilder";
  readonly _state: ChartState;
  constructor(
    ctx: ExecContext,
    readonly _sheet: SheetState,
    state: ChartState | null,
  ) {
    super(ctx);
    this._state = state
      ? copyChart(state)
      : {
          id: null,
          type: "COLUMN",
          ranges: [],
          options: new Map(),
          anchorRow: 1,
          anchorCol: 1,
          offsetX: 0,
          offsetY: 0,
        };
  }
  setChartType(type: string) {
    this._state.type = String(type);
    return this;
  }
  getChartType() {
    return this._state.type;
  }
  addRange(range: unknown) {
    this._state.ranges.push(anchorOf(this._ctx, "SpreadsheetApp.EmbeddedChartBuilder.addRange", range));
    return this;
  }
  removeRange(range: unknown) {
    const r = rangeArg(this._ctx, "SpreadsheetApp.EmbeddedChartBuilder.removeRange", range);
    this._state.ranges = this._state.ranges.filter((a) => {
      const t = a.resolve();
      return !(t && t.sheet === r._state && sameRect(t.rect, r._rect));
    });
    return this;
  }
  clearRanges() {
    this._state.ranges = [];
    return this;
  }
  getRanges() {
    return anchoredRanges(this._ctx, this._state.ranges);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    checkNumber(this._ctx, "SpreadsheetApp.EmbeddedChartBuilder.setPosition", [
      anchorRowPos,
      anchorColPos,
      offsetX,
      offsetY,
    ]);
    Object.assign(this._state, { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY });
    return this;
  }
  setOption(option: string, value: unknown) {
    this._state.options.set(String(option), value);
    return this;
  }
  setNumHeaders(headers: number) {
    return this.setOption("numHeaders", headers);
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    return this.setOption("transposeRowsAndColumns", Boolean(transpose));
  }
  // The typed builders (asColumnChart() etc.) share this object: the type changes, options stay.
  asColumnChart() {
    return this.setChartType("COLUMN");
  }
  asBarChart() {
    return this.setChartType("BAR");
  }
  asLineChart() {
    return this.setChartType("LINE");
  }
  asPieChart() {
    return this.setChartType("PIE");
  }
  asAreaChart() {
    return this.setChartType("AREA");
  }
  asComboChart() {
    return this.setChartType("COMBO");
  }
  asScatterChart() {
    return this.setChartType("SCATTER");
  }
  asTableChart() {
    return this.setChartType("TABLE");
  }
  setTitle(title: string) {
    return this.setOption("title", title);
  }
  setStacked() {
    return this.setOption("isStacked", true);
  }
  setColors(colors: string[]) {
    return this.setOption("colors", colors);
  }
  setLegendPosition(position: string) {
    return this.setOption("legend.position", position);
  }
  setXAxisTitle(title: string) {
    return this.setOption("hAxis.title", title);
  }
  setYAxisTitle(title: string) {
    return this.setOption("vAxis.title", title);
  }
  setDimensions(width: number, height: number) {
    this.setOption("width", width);
    return this.setOption("height", height);
  }
  build() {
    return new EmbeddedChartFake(this._ctx, copyChart(this._state))._self();
  }
}

function sameRect(a: Rect, b: Rect) {
  return a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

export class EmbeddedChartFake extends Fake {
  readonly _class = "EmbeddedChart";
  constructor(
    ctx: ExecContext,
    readonly _state: ChartState,
  ) {
    super(ctx);
  }
  getChartId() {
    return this._state.id;
  }
  getRanges() {
    return anchoredRanges(this._ctx, this._state.ranges);
  }
  getOptions() {
    return new ChartOptionsFake(this._ctx, this._state.options)._self();
  }
  getContainerInfo() {
    return new ContainerInfoFake(this._ctx, this._state)._self();
  }
  modify() {
    const sheet = this._ctx.doc.sheets.find((s) => s.charts.some((c) => c.id === this._state.id));
    return new EmbeddedChartBuilderFake(
      this._ctx,
      sheet ?? (this._ctx.doc.sheets[0] as SheetState),
      this._state,
    )._self();
  }
}

export class ChartOptionsFake extends Fake {
  readonly _class = "ChartOptions";
  constructor(
    ctx: ExecContext,
    private readonly _options: Map<string, unknown>,
  ) {
    super(ctx);
  }
  get(option: string) {
    return this._options.get(String(option)) ?? null;
  }
  getOrDefault(option: string) {
    return this._options.get(String(option)) ?? null;
  }
}

export class ContainerInfoFake extends Fake {
  readonly _class = "ContainerInfo";
  constructor(
    ctx: ExecContext,
    private readonly _chart: ChartState,
  ) {
    super(ctx);
  }
  getAnchorRow() {
    return this._chart.anchorRow;
  }
  getAnchorColumn() {
    return this._chart.anchorCol;
  }
  getOffsetX() {
    return this._chart.offsetX;
  }
  getOffsetY() {
    return this._chart.offsetY;
  }
}

// Protection ---------------------------------------------------------------------------------------------

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

// Developer metadata -------------------------------------------------------------------------------------

/** Sheets allows 30,000 characters of developer metadata (keys and values) per location. */
export const METADATA_LIMIT = 30_000;

const metadataSize = (list: readonly MetadataState[]) =>
  list.reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);

export function addMetadata(ctx: ExecContext, sheet: SheetState | null, key: unknown, rest: unknown[]): void {
  const where = sheet ? "Sheet" : "Spreadsheet";
  const method = `SpreadsheetApp.${where}.addDeveloperMetadata`;
  if (typeof key !== "string" || key === "") throw signatureError(ctx, method, [key, ...rest]);
  const isVisibility = (v: unknown) =>
    v === DeveloperMetadataVisibility.DOCUMENT || v === DeveloperMetadataVisibility.PROJECT;
  let value: string | null = null;
  let visibility: string = DeveloperMetadataVisibility.DOCUMENT;
  if (rest.length === 1 && isVisibility(rest[0])) visibility = rest[0] as string;
  else if (rest.length >= 1) {
    if (typeof rest[0] !== "string") throw signatureError(ctx, method, [key, ...rest]);
    value = rest[0];
    if (rest.length === 2) {
      if (!isVisibility(rest[1])) throw signatureError(ctx, method, [key, ...rest]);
      visibility = rest[1] as string;
    }
  }
  const list = sheet ? sheet.metadata : ctx.doc.metadata;
  if (metadataSize(list) + key.length + (value?.length ?? 0) > METADATA_LIMIT)
    throw fail(
      ctx,
      `Adding this developer metadata would exceed the ${METADATA_LIMIT}-character limit of developer metadata for this ${where.toLowerCase()}.`,
    );
  list.push({ id: ++ctx.doc.metadataSeq, key, value, visibility, sheet });
}

export class DeveloperMetadataFake extends Fake {
  readonly _class = "DeveloperMetadata";
  constructor(
    ctx: ExecContext,
    readonly _state: MetadataState,
  ) {
    super(ctx);
  }
  private _list() {
    return this._state.sheet ? this._state.sheet.metadata : this._ctx.doc.metadata;
  }
  getId() {
    return this._state.id;
  }
  getKey() {
    return this._state.key;
  }
  getValue() {
    return this._state.value;
  }
  getVisibility() {
    return this._state.visibility;
  }
  setKey(key: string) {
    this._state.key = String(key);
    return this;
  }
  setValue(value: string) {
    const list = this._list();
    const others = list.filter((m) => m !== this._state);
    const v = String(value);
    if (metadataSize(others) + this._state.key.length + v.length > METADATA_LIMIT)
      throw fail(
        this._ctx,
        `Setting this value would exceed the ${METADATA_LIMIT}-character limit of developer metadata.`,
      );
    this._state.value = v;
    return this;
  }
  setVisibility(visibility: string) {
    this._state.visibility = visibility;
    return this;
  }
  getLocation() {
    return new DeveloperMetadataLocationFake(this._ctx, this._state.sheet)._self();
  }
  remove() {
    const s = this._state;
    if (s.sheet) s.sheet.metadata = s.sheet.metadata.filter((m) => m !== s);
    else this._ctx.doc.metadata = this._ctx.doc.metadata.filter((m) => m !== s);
  }
}

export class DeveloperMetadataLocationFake extends Fake {
  readonly _class = "DeveloperMetadataLocation";
  constructor(
    ctx: ExecContext,
    private readonly _sheet: SheetState | null,
  ) {
    super(ctx);
  }
  getLocationType() {
    return this._sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET;
  }
  getSheet() {
    return this._sheet ? sheetFake(this._ctx, this._sheet) : null;
  }
  getSpreadsheet() {
    return this._sheet ? null : spreadsheetFake(this._ctx);
  }
}
