// DeveloperMetadata on the spreadsheet and on sheets: how the add-on marks the sheets it owns.
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from "./enums";
import { type ExecContext, Fake, fail, signatureError } from "./fake";
import { sheetFake, spreadsheetFake } from "./make";
import type { MetadataState, SheetState } from "./sheet-state";

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
