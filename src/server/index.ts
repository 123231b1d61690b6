// Only what Apps Script calls by name. The list of names lives in entry-points.ts.

export * from "./custom-functions";
export { onInstall, onOpen, openSidebar } from "./menu";
