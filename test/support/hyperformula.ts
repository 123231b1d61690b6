// The Sheets-faithful HyperFormula engine now lives with the Apps Script fakes (src/local/apps-script),
// which also back the local preview; re-exported here so the existing imports keep working.
export { sheetsConfig, sheetsEngine } from "../../src/local/apps-script/hyperformula-engine";
