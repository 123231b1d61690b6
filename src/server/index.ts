// Only what Apps Script calls by name. The list of names lives in entry-points.ts.

export * from "./custom-functions";
export {
  kpiGenerate,
  kpiGetContext,
  kpiListTemplates,
  kpiOpenSheet,
  kpiPreview,
  kpiRecordReview,
  kpiReviewContext,
  kpiTemplatePlan,
} from "./endpoints";
export {
  kpiMenuAbout,
  kpiMenuRecordReview,
  kpiMenuRefreshAsOf,
  kpiMenuTidyActuals,
  onInstall,
  onOpen,
  openSidebar,
} from "./menu";
