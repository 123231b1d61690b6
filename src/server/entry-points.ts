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
];

export function entryPoints(): EntryPoint[] {
  return [
    ...serverEntryPoints,
    ...customFunctions.map((f) => ({ name: f.name, params: f.params.map((p) => p.name), doc: jsdocOf(f) })),
  ];
}
