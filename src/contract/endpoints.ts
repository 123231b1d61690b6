// The one contract between the sidebar and the server. Both compile against it; the server checks
// every argument with these schemas, because anything can call a top-level Apps Script function.
import * as z from "zod/mini";
import type { StreamRequirement } from "../domain/funnel";
import type { Locale, Text } from "../domain/i18n";
import type { LintFinding } from "../domain/lint";
import type { Plan, PlanIssue } from "../domain/plan";
import type { Ask } from "../domain/source/header-mapping";
import { type PhaseMeaning, phaseMeaningSchema } from "../domain/source/mapping-file";
import type { LogValue } from "../domain/status/log-entries";
import type { TeamRates } from "../domain/status/team-rates";
import { METRIC_KEY } from "../workbook/metric-keys";
import type { SheetKey } from "../workbook/spec";

/** An action the review decided: what, on which metric (a key of ReviewContext.metrics), by whom. */
const reviewAction = z.strictObject({
  text: z.string().check(z.maxLength(1000), z.regex(/\S/)),
  metric: z.string().check(z.maxLength(80), z.regex(METRIC_KEY)),
  owner: z.optional(z.string().check(z.maxLength(100))),
});

/** Arguments of each endpoint, as google.script.run passes them (JSON-safe). */
export const endpointArgs = {
  kpiGetContext: z.tuple([]),
  kpiPreview: z.tuple([z.unknown()]),
  /** The plan; and, for a new plan over a log kept under another, what to do with that log. */
  kpiGenerate: z.union([
    z.tuple([z.unknown()]),
    z.tuple([z.unknown(), z.strictObject({ existingLog: z.enum(["keep", "archive"]) })]),
  ]),
  /** The review's note, and the actions it decided (none: a snapshot of the KPIs alone, as before). */
  kpiRecordReview: z.tuple([
    z.strictObject({
      note: z.string().check(z.maxLength(5000)),
      actions: z.optional(z.array(reviewAction).check(z.maxLength(20))),
    }),
  ]),
  kpiReviewContext: z.tuple([]),
  /** A sheet by its id (GenerateResult.sheets[].sheetId), or by its name. */
  kpiOpenSheet: z.tuple([
    z.union([z.number().check(z.int(), z.minimum(0)), z.string().check(z.minLength(1), z.maxLength(100))]),
  ]),
  /** The rates of this spreadsheet's Actuals log (the wizard's "Use my team's rates"). */
  kpiTeamRates: z.tuple([]),
  /** A sheet of the team's own to connect (issue 19): its header's proposed mapping and first rows. */
  kpiProposeSource: z.tuple([
    z.string().check(z.minLength(1), z.maxLength(100)),
    /** Read it as a log or a deal list; guessed from its header when absent. */
    z.optional(z.enum(["log", "deals"])),
  ]),
  /** Connect it: the mapping the user confirmed (log key → header), counted with Actuals or instead. */
  kpiConnectSource: z.tuple([
    z.strictObject({
      sheet: z.string().check(z.minLength(1), z.maxLength(100)),
      counts: z.enum(["add", "instead"]),
      columns: z.record(
        z.string().check(z.maxLength(80)),
        z.string().check(z.minLength(1), z.maxLength(500)),
      ),
      kind: z.optional(z.enum(["log", "deals"])),
      stream: z.optional(z.string().check(z.maxLength(80))),
      phases: z.optional(z.record(z.string().check(z.maxLength(200)), phaseMeaningSchema)),
    }),
  ]),
  /** Stop counting the connected source (its sheet stays as it is). */
  kpiDisconnectSource: z.tuple([]),
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
  /** Rows appended: one per KPI and the KGI, then one per action. */
  rows: number;
  asOf: string;
  actions: number;
}

export type ReviewAction = z.infer<typeof reviewAction>;

/** What the sidebar's "Record a review" panel offers. */
export interface ReviewContext {
  /** The user's language: the panel's words. */
  locale: Locale;
  /** The plan's language: metric names and remedies, as the Review Log will hold them. */
  planLocale: Locale;
  /** The Dashboard's as-of date (YYYY-MM-DD): the date of every row recorded. */
  asOf: string;
  /** Each stream's flagged stage (the Dashboard's flag cells), with the playbook's remedies. */
  bottlenecks: { stage: string; metric: string; name: string; remedies: string[] }[];
  /** Every metric an action can aim at: the KGI, stage counts, rates, manual KPIs. */
  metrics: { key: string; name: string }[];
  /** The team's names, to pick an owner from. */
  team: string[];
  /** The Review Log's sheet name (kpiOpenSheet opens it). */
  reviewSheet: string;
  /** False for a Review Log of before the action columns: generate again first. */
  actionsReady: boolean;
}

/** The sheet now active. */
export interface OpenedSheet {
  name: string;
  sheetId: number;
}

/**
 * Each stage-to-stage rate of the stored plan's streams as the log shows it ({ stream, stage, next,
 * rate, low, high, n }: n the stage's count, low–high the 90% interval), for the team and per rep.
 */
export interface TeamRatesResult extends TeamRates {
  /** The least n at which the wizard offers a rate (history-range.ts). */
  minCount: number;
}

/** What the "Connect a source" step shows for a sheet. */
export interface SourceProposal {
  sheet: string;
  header: string[];
  /** The log's columns the sheet may fill, in the plan's order; the date is required. */
  fields: { key: string; label: string; required: boolean }[];
  /** The proposed (or, for the sheet connected now, the confirmed) mapping: key → header. */
  mapping: Record<string, string>;
  /** Where the header reads two ways: the step asks, nothing is guessed. */
  asks: Ask[];
  counts: "add" | "instead";
  /** This sheet is the source connected now. */
  connected: boolean;
  /** A log (one row per rep per day, or per form response) or a deal list (one row per deal). */
  kind: "log" | "deals";
  /** A deal list's stream (its stages are what the phases can mean); null for a log. */
  stream: string | null;
  /** A deal list: each phase value its status and furthest columns hold, what it is taken to mean
   * (null when it is asked: `stages` lists the stages it could be). */
  phases: { value: string; meaning: PhaseMeaning | null; stages: string[] }[];
  /** The first rows, typed as the spreadsheet holds them (a timestamp as its local date). */
  rows: LogValue[][];
  /** Rows below the header in all. */
  rowCount: number;
}

export interface EndpointValues {
  kpiGetContext: Context;
  kpiPreview: Preview;
  kpiGenerate: GenerateResult;
  kpiRecordReview: ReviewResult;
  kpiReviewContext: ReviewContext;
  kpiOpenSheet: OpenedSheet;
  kpiTeamRates: TeamRatesResult;
  kpiProposeSource: SourceProposal;
  kpiConnectSource: GenerateResult;
  kpiDisconnectSource: GenerateResult;
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
    | "no_log"
    | "review_log_outdated"
    | "rep_view"
    | "source_changed"
    | "source_mapping"
    | "failed";
}

export type EndpointResult<K extends EndpointName> =
  | { ok: true; value: EndpointValues[K] }
  | { ok: false; error: EndpointError };

export type { PlanIssue };
