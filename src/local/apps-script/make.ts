// How the fakes hand each other out (a Range's getSheet, a Sheet's getRange, a builder's ranges)
// without importing each other: each class module registers its constructor here when it loads, so
// there are no import cycles and a base class never waits on its subclass.
import type { Rect } from "./a1";
import { type ExecContext, type Fake, signatureError, unwrap } from "./fake";
import type { RangeFake } from "./range";
import type { SheetFake } from "./sheet";
import type { SheetState } from "./sheet-state";
import type { SpreadsheetFake } from "./spreadsheet";

type Ctor<T extends Fake> = abstract new (...args: never[]) => T;

const unbound = (what: string) => () => {
  throw new Error(`fake ${what} used before its module was loaded: import "src/local/apps-script"`);
};

export const registry = {
  sheet: unbound("Sheet") as (ctx: ExecContext, state: SheetState) => SheetFake,
  sheetRaw: unbound("Sheet") as (ctx: ExecContext, state: SheetState) => SheetFake,
  range: unbound("Range") as (ctx: ExecContext, state: SheetState, rect: Rect) => RangeFake,
  /** Unrecorded: for a fake's own use of another (one API call is one record). */
  rangeRaw: unbound("Range") as (ctx: ExecContext, state: SheetState, rect: Rect) => RangeFake,
  spreadsheet: unbound("Spreadsheet") as (ctx: ExecContext) => SpreadsheetFake,
  sheetClass: null as Ctor<SheetFake> | null,
  rangeClass: null as Ctor<RangeFake> | null,
};

export const sheetFake = (ctx: ExecContext, state: SheetState): SheetFake => registry.sheet(ctx, state);

export const rangeFake = (ctx: ExecContext, state: SheetState, rect: Rect): RangeFake =>
  registry.range(ctx, state, { ...rect });

export const spreadsheetFake = (ctx: ExecContext): SpreadsheetFake => registry.spreadsheet(ctx);

/** A Sheet for the fakes' own use: its calls are not recorded. */
export const rawSheet = (ctx: ExecContext, state: SheetState): SheetFake => registry.sheetRaw(ctx, state);

/** A Range for the fakes' own use: its calls are not recorded. */
export const rawRange = (ctx: ExecContext, state: SheetState, rect: Rect): RangeFake =>
  registry.rangeRaw(ctx, state, { ...rect });

/** A Range argument as the fake behind it; throws Apps Script's signature error otherwise. */
export function rangeArg(ctx: ExecContext, method: string, value: unknown): RangeFake {
  const r = registry.rangeClass ? unwrap(value, registry.rangeClass) : undefined;
  if (!r) throw signatureError(ctx, method, [value]);
  return r;
}

/** A Sheet argument as the fake behind it, or undefined. */
export function sheetArg(value: unknown): SheetFake | undefined {
  return registry.sheetClass ? unwrap(value, registry.sheetClass) : undefined;
}
