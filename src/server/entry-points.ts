// The ONE list of names Apps Script must find as top-level functions. build.mjs writes the
// top-level stubs of dist/Code.js from it, and the bundle test checks each one is really exported.

import { jsdocOf } from "../functions/jsdoc";
import { customFunctions } from "../functions/registry";

export interface EntryPoint {
  name: string;
  params: readonly string[];
  /** JSDoc lines without the comment markers. */
  doc: readonly string[];
}

export const serverEntryPoints: readonly EntryPoint[] = [
  { name: "onOpen", params: ["e"], doc: ["Adds the KPI Designer menu when the spreadsheet opens."] },
  { name: "onInstall", params: ["e"], doc: ["Runs onOpen right after the add-on is installed."] },
  { name: "openSidebar", params: [], doc: ["Menu: opens the KPI wizard in the sidebar."] },
  {
    name: "kpiMenuRefreshAsOf",
    params: [],
    doc: ["Menu: sets the dashboard's as-of date back to =TODAY()."],
  },
  {
    name: "kpiMenuRecordReview",
    params: [],
    doc: ["Menu: opens the sidebar on Record a review (note, actions and what they aim at)."],
  },
  {
    name: "kpiMenuTidyActuals",
    params: [],
    doc: ["Menu: shows which Actuals entries it would convert to what was meant, then converts them."],
  },
  {
    name: "kpiMenuConnectSource",
    params: [],
    doc: ["Menu: opens the sidebar on Connect a source (a form's responses, a deal list, a CRM export)."],
  },
  { name: "kpiMenuAbout", params: [], doc: ["Menu: what KPI Designer does."] },
  {
    name: "kpiGetContext",
    params: [],
    doc: ["Sidebar: locale, stored plan and sheets of this spreadsheet."],
  },
  { name: "kpiPreview", params: ["plan"], doc: ["Sidebar: reverse funnel and SMART lint of a plan."] },
  { name: "kpiGenerate", params: ["plan"], doc: ["Sidebar: writes the KPI sheets, keeping every actual."] },
  {
    name: "kpiRecordReview",
    params: ["request"],
    doc: ["Sidebar: appends a review snapshot and its actions to the Review Log."],
  },
  {
    name: "kpiReviewContext",
    params: [],
    doc: ["Sidebar: the as-of date, bottlenecks with remedies and metrics for a review."],
  },
  {
    name: "kpiOpenSheet",
    params: ["sheet"],
    doc: ["Sidebar: shows one of the sheets it wrote (by sheet id or name)."],
  },
  {
    name: "kpiTeamRates",
    params: [],
    doc: ["Sidebar: each stage's conversion rate in the Actuals log, with its 90% interval."],
  },
  {
    name: "kpiProposeSource",
    params: ["sheet", "kind"],
    doc: ["Sidebar: a sheet of the team's own, its header's proposed mapping and first rows."],
  },
  {
    name: "kpiDisconnectSource",
    params: [],
    doc: ["Sidebar: stops counting the connected source and regenerates; its sheet is left as it is."],
  },
  {
    name: "kpiConnectSource",
    params: ["request"],
    doc: ["Sidebar: connects the source as confirmed and regenerates, so it counts live."],
  },
];

export function entryPoints(): EntryPoint[] {
  return [
    ...serverEntryPoints,
    ...customFunctions.map((f) => ({ name: f.name, params: f.params.map((p) => p.name), doc: jsdocOf(f) })),
  ];
}
