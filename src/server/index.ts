// Only what Apps Script calls by name. The list of names lives in entry-points.ts.

export * from "./custom-functions";
export {
  kpiGenerate,
  kpiGetContext,
  kpiOpenSheet,
  kpiPreview,
  kpiRecordReview,
  kpiReviewContext,
  kpiTeamRates,
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
