// The spec loader lives with the local preview; re-exported for the tests.
export { cellContent, loadSpec, named, serial } from "../../src/local/workbook-engine";
