// The sidebar's endpoints. Each checks its arguments (anything can call a top-level function) and
// answers a JSON-safe { ok, value } or { ok: false, error } with messages in the user's language.
import {
  type EndpointName,
  type EndpointResult,
  type EndpointValues,
  endpointArgs,
} from "../contract/endpoints";
import { format, type Locale, localeOf, pick } from "../domain/i18n";
import { hasErrors, lintPlan } from "../domain/lint";
import { type Plan, parsePlan } from "../domain/plan";
import { planTargets } from "../domain/targets";
import { nameClashText } from "../workbook/names";
import type { StoredSource } from "../workbook/source";
import { BusyError, type GenerateOptions, generate, LogDecisionNeeded, NameClashError } from "./generate";
import { readActuals, readDocument, readStoredMeta } from "./ownership";
import {
  NoPlanError,
  OutdatedReviewLogError,
  RepViewError,
  type ReviewRequest,
  recordReview,
  UnknownMetricError,
} from "./review";
import { reviewContext } from "./review-context";
import { checkedConnection, planHere, proposeSource, SourceChangedError, SourceMappingError } from "./source";
import { NoLogError, readTeamRates } from "./team-rates";
import { messages } from "./text";

export function userLocale(): Locale {
  return localeOf(Session.getActiveUserLocale());
}

class PlanError extends Error {
  constructor(readonly issues: { path: string; message: { ja: string; en: string } }[]) {
    super("invalid plan");
  }
}

function checkedPlan(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new PlanError(r.issues);
  return r.plan;
}

/** Runs an endpoint body after checking its arguments; turns every failure into a result. */
function endpoint<K extends EndpointName>(
  name: K,
  args: unknown[],
  body: (...a: never[]) => EndpointValues[K],
): EndpointResult<K> {
  const locale = userLocale();
  const parsed = endpointArgs[name].safeParse(args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.join("."),
      message: {
        ja: `引数 ${i.path.join(".") || "(全体)"} が正しくありません（${i.message}）`,
        en: i.message,
      },
    }));
    return {
      ok: false,
      error: { code: "invalid_arguments", message: pick(messages.invalidArguments, locale), issues },
    };
  }
  try {
    // JSON round trip: only plain data crosses to the sidebar (dates as ISO strings already).
    const value = JSON.parse(JSON.stringify(body(...(parsed.data as never[])))) as EndpointValues[K];
    return { ok: true, value };
  } catch (err) {
    if (err instanceof PlanError) {
      return {
        ok: false,
        error: { code: "invalid_plan", message: pick(messages.invalidPlan, locale), issues: err.issues },
      };
    }
    if (err instanceof LintBlocked) {
      return {
        ok: false,
        error: { code: "lint_errors", message: pick(messages.lintErrors, locale), issues: err.issues },
      };
    }
    if (err instanceof NameClashError)
      return { ok: false, error: { code: "name_clash", message: pick(nameClashText(err.clashes), locale) } };
    if (err instanceof LogDecisionNeeded)
      return {
        ok: false,
        error: {
          code: "log_decision",
          message: pick(messages.logDecision, locale)
            .replace("{rows}", String(err.decision.rows))
            .replace("{title}", err.decision.title),
          log: err.decision,
        },
      };
    if (err instanceof BusyError)
      return { ok: false, error: { code: "busy", message: pick(messages.busy, locale) } };
    if (err instanceof NoPlanError)
      return { ok: false, error: { code: "no_plan", message: pick(messages.noPlan, locale) } };
    if (err instanceof RepViewError) {
      const message = pick(messages.repView, locale).replace("{rep}", err.rep);
      return { ok: false, error: { code: "rep_view", message } };
    }
    if (err instanceof OutdatedReviewLogError)
      return {
        ok: false,
        error: { code: "review_log_outdated", message: pick(messages.reviewLogOutdated, locale) },
      };
    if (err instanceof UnknownMetricError) {
      const path = `0.actions.${err.index}.metric`;
      const message = messages.unknownMetric;
      return {
        ok: false,
        error: { code: "invalid_arguments", message: pick(message, locale), issues: [{ path, message }] },
      };
    }
    if (err instanceof NoLogError)
      return { ok: false, error: { code: "no_log", message: pick(messages.noLog, locale) } };
    if (err instanceof SourceChangedError) {
      const message = format(pick(messages.sourceChanged, locale), {
        sheet: err.sheet,
        headers: err.gone.length ? err.gone.join(", ") : "—",
      });
      return { ok: false, error: { code: "source_changed", message } };
    }
    if (err instanceof SourceMappingError) {
      const message = format(pick(messages.sourceMapping, locale), { problems: err.problems.join(", ") });
      return { ok: false, error: { code: "source_mapping", message } };
    }
    if (err instanceof NoSheetError)
      return { ok: false, error: { code: "no_sheet", message: pick(messages.noSheet, locale) } };
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: "failed", message: `${pick(messages.failed, locale)}${detail}` } };
  }
}

class NoSheetError extends Error {
  constructor() {
    super("no such sheet");
  }
}

class LintBlocked extends Error {
  constructor(readonly issues: { path: string; message: { ja: string; en: string } }[]) {
    super("lint errors");
  }
}

export function kpiGetContext(...args: unknown[]) {
  return endpoint("kpiGetContext", args, () => {
    const ss = SpreadsheetApp.getActive();
    const doc = readDocument(ss);
    const meta = readStoredMeta(doc);
    const stored = parsePlan(meta.plan);
    const actuals = readActuals(doc, meta);
    return {
      spreadsheetId: ss.getId(),
      locale: userLocale(),
      timeZone: ss.getSpreadsheetTimeZone(),
      plan: stored.ok ? stored.plan : null,
      sheetNames: doc.sheets.map((s) => s.name),
      ownSheets: Object.fromEntries(doc.ownNames),
      actualRows: actuals?.rows.filter((r) => r.some((v) => v !== "" && v !== null)).length ?? 0,
    };
  });
}

export function kpiPreview(...args: unknown[]) {
  return endpoint("kpiPreview", args, (input: unknown) => {
    const plan = checkedPlan(input);
    const t = planTargets(plan);
    return {
      funnel: t.streams,
      workingDays: t.workingDaysTotal,
      perRepPerDay: t.stages.map((s) => ({
        streamId: s.streamId,
        stageId: s.stageId,
        perRep: s.perRepPerWorkingDay,
      })),
      lint: lintPlan(plan),
    };
  });
}

export function kpiGenerate(...args: unknown[]) {
  return endpoint("kpiGenerate", args, (input: unknown, options?: GenerateOptions) => {
    const plan = checkedPlan(input);
    const findings = lintPlan(plan);
    if (hasErrors(findings)) {
      throw new LintBlocked(
        findings.filter((f) => f.severity === "error").map((f) => ({ path: f.path, message: f.message })),
      );
    }
    return generate(plan, options);
  });
}

export function kpiRecordReview(...args: unknown[]) {
  return endpoint("kpiRecordReview", args, (input: ReviewRequest) => recordReview(input));
}

/** What the review panel offers: as-of date, bottlenecks with their remedies, metrics, the team. */
export function kpiReviewContext(...args: unknown[]) {
  return endpoint("kpiReviewContext", args, () => reviewContext());
}

/** Shows one sheet, as clicking its tab would (the sidebar's links to the sheets it wrote). */
export function kpiOpenSheet(...args: unknown[]) {
  return endpoint("kpiOpenSheet", args, (which: number | string) => {
    const ss = SpreadsheetApp.getActive();
    const sheet = typeof which === "number" ? ss.getSheetById(which) : ss.getSheetByName(which);
    // A hidden sheet stays hidden: its tab is not there to click either.
    if (!sheet || sheet.isSheetHidden()) throw new NoSheetError();
    sheet.activate();
    return { name: sheet.getName(), sheetId: sheet.getSheetId() };
  });
}

/** The team's rates from this spreadsheet's Actuals log, with their 90% intervals (read only). */
export function kpiTeamRates(...args: unknown[]) {
  return endpoint("kpiTeamRates", args, () => readTeamRates());
}

/** A sheet of the team's own, proposed as a source: the mapping of its header and its first rows. */
export function kpiProposeSource(...args: unknown[]) {
  return endpoint("kpiProposeSource", args, (sheet: string, kind?: "log" | "deals") =>
    proposeSource(sheet, kind),
  );
}

/** Connects the source as confirmed and regenerates with the stored plan, so it counts from now on. */
export function kpiConnectSource(...args: unknown[]) {
  return endpoint("kpiConnectSource", args, (request: StoredSource) => {
    const doc = readDocument(SpreadsheetApp.getActive());
    const { plan, source } = checkedConnection(doc, request);
    return generate(plan, { source });
  });
}

/** Stops counting the connected source: regenerates without it; the team's sheet is left as it is. */
export function kpiDisconnectSource(...args: unknown[]) {
  return endpoint("kpiDisconnectSource", args, () => {
    const doc = readDocument(SpreadsheetApp.getActive());
    // The source's sheet may be gone already: the stored plan is all this needs.
    return generate(planHere(doc), { source: null });
  });
}
