// EmbeddedChartBuilder, EmbeddedChart and what they hand out (ChartOptions, ContainerInfo).
import type { Rect } from "./a1";
import { anchoredRanges, anchorOf, checkNumber } from "./anchored";
import { type ExecContext, Fake } from "./fake";
import { rangeArg } from "./make";
import type { ChartState, SheetState } from "./sheet-state";

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
