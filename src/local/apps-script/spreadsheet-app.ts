// SpreadsheetApp: the entry point, its enums, the builders it makes, and flush().
import { ConditionalFormatRuleBuilderFake } from "./conditional-format";
import { DataValidationBuilderFake } from "./data-validation";
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataVisibility,
  ProtectionType,
} from "./enums";
import { Fake } from "./fake";
import { sheetFake, spreadsheetFake } from "./make";
import { UiFake } from "./ui";

export const Dimension = { COLUMNS: "COLUMNS", ROWS: "ROWS" } as const;

export class SpreadsheetAppFake extends Fake {
  readonly _class = "SpreadsheetApp";
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = Dimension;

  getActive() {
    return spreadsheetFake(this._ctx);
  }
  getActiveSpreadsheet() {
    return spreadsheetFake(this._ctx);
  }
  getActiveSheet() {
    const s = this._ctx.doc.activeSheet ?? this._ctx.doc.sheets[0];
    return s ? sheetFake(this._ctx, s) : null;
  }
  getUi() {
    return new UiFake(this._ctx)._self();
  }
  newDataValidation() {
    return new DataValidationBuilderFake(this._ctx)._self();
  }
  newConditionalFormatRule() {
    return new ConditionalFormatRuleBuilderFake(this._ctx)._self();
  }
  flush() {
    this._ctx.doc.read();
  }
}
