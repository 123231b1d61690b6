// Only what Apps Script calls by name. The list of names lives in entry-points.ts.

export * from "./custom-functions";
export {
  kpiConnectSource,
  kpiDisconnectSource,
  kpiGenerate,
  kpiGetContext,
  kpiOpenSheet,
  kpiPreview,
  kpiProposeSource,
  kpiRecordReview,
  kpiReviewContext,
  kpiTeamRates,
} from "./endpoints";
export {
  kpiMenuAbout,
  kpiMenuConnectSource,
  kpiMenuRecordReview,
  kpiMenuRefreshAsOf,
  kpiMenuTidyActuals,
  onInstall,
  onOpen,
  openSidebar,
} from "./menu";
