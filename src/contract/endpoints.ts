// The one contract between the sidebar and the server. Both compile against it; the server checks
// every argument with these schemas, because anything can call a top-level Apps Script function.
import * as z from "zod/mini";
import type { StreamRequirement } from "../domain/funnel";
import type { Locale, Text } from "../domain/i18n";
import type { LintFinding } from "../domain/lint";
import type { Plan, PlanIssue } from "../domain/plan";
import type { SheetKey } from "../workbook/spec";

const locale = z.enum(["ja", "en"]);

/** Arguments of each endpoint, as google.script.run passes them (JSON-safe). */
export const endpointArgs = {
  kpiGetContext: z.tuple([]),
  kpiListTemplates: z.tuple([locale]),
  kpiTemplatePlan: z.tuple([z.string().check(z.maxLength(40)), locale]),
  kpiPreview: z.tuple([z.unknown()]),
  /** The plan; and, for a new plan over a log kept under another, what to do with that log. */
  kpiGenerate: z.union([
    z.tuple([z.unknown()]),
    z.tuple([z.unknown(), z.strictObject({ existingLog: z.enum(["keep", "archive"]) })]),
  ]),
  kpiRecordReview: z.tuple([z.strictObject({ note: z.string().check(z.maxLength(5000)) })]),
  /** A sheet by its id (GenerateResult.sheets[].sheetId), or by its name. */
  kpiOpenSheet: z.tuple([
    z.union([z.number().check(z.int(), z.minimum(0)), z.string().check(z.minLength(1), z.maxLength(100))]),
  ]),
} as const;

export type EndpointName = keyof typeof endpointArgs;

export interface Context {
  /** SpreadsheetApp.getActive().getId(): the sidebar keeps its draft per spreadsheet by it. */
  spreadsheetId: string;
  locale: Locale;
  timeZone: string;
  /** The plan stored in this spreadsheet, if the add-on generated sheets here before. */
  plan: Plan | null;
  sheetNames: string[];
  /** Our sheets by key. */
  ownSheets: Partial<Record<SheetKey, string>>;
  /** Rows already in Actuals: regeneration keeps them. */
  actualRows: number;
}

export interface TemplateSummary {
  id: string;
  kind: string;
  title: string;
  description: string;
}

export interface Preview {
  funnel: StreamRequirement[];
  workingDays: number;
  /** Per stream stage: what each rep must do per working day (rounded up), in team order. */
  perRepPerDay: { streamId: string; stageId: string; perRep: number[] }[];
  lint: LintFinding[];
}

export interface GenerateResult {
  sheets: { key: SheetKey; name: string; sheetId: number }[];
  /** Actual rows carried over from before. */
  keptRows: number;
  archivedColumns: string[];
}

export interface ReviewResult {
  rows: number;
  asOf: string;
}

/** The sheet now active. */
export interface OpenedSheet {
  name: string;
  sheetId: number;
}

export interface EndpointValues {
  kpiGetContext: Context;
  kpiListTemplates: TemplateSummary[];
  kpiTemplatePlan: Plan;
  kpiPreview: Preview;
  kpiGenerate: GenerateResult;
  kpiRecordReview: ReviewResult;
  kpiOpenSheet: OpenedSheet;
}

export interface EndpointError {
  /** In the user's language. */
  message: string;
  /** For an invalid plan: every problem with its field path. */
  issues?: { path: string; message: Text }[];
  /** code "log_decision": the log a new plan would be generated over; ask, then send existingLog. */
  log?: { rows: number; title: string; kgi: string };
  code:
    | "log_decision"
    | "invalid_arguments"
    | "invalid_plan"
    | "lint_errors"
    | "name_clash"
    | "busy"
    | "no_plan"
    | "no_sheet"
    | "failed";
}

export type EndpointResult<K extends EndpointName> =
  | { ok: true; value: EndpointValues[K] }
  | { ok: false; error: EndpointError };

export type { PlanIssue };
