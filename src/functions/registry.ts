// The ONE table of custom functions: the build writes their @customfunction stubs from it, the
// README table is generated from it, and the server exports each by name.
import type { CallContext } from "./args";
import { conversionFunctions } from "./conversion-functions";
import { forecastFunctions } from "./forecast-functions";
import { funnelFunctions } from "./funnel-functions";
import { funnelHealthFunctions } from "./funnel-health-functions";
import { progressFunctions } from "./progress-functions";
import { saasFunctions } from "./saas-functions";
import type { FunctionSpec } from "./spec";

let context: CallContext = { timeZone: "UTC" };

/** The edge sets the spreadsheet's time zone before a call; tests set theirs. */
export function setCallContext(next: CallContext): void {
  context = next;
}
const ctx = () => context;

export const customFunctions: readonly FunctionSpec[] = [
  ...funnelFunctions(ctx),
  ...progressFunctions(ctx),
  ...conversionFunctions(ctx),
  ...forecastFunctions(ctx),
  ...funnelHealthFunctions(ctx),
  ...saasFunctions(ctx),
];

export function customFunction(name: string): FunctionSpec {
  const f = customFunctions.find((c) => c.name === name);
  if (!f) throw new Error(`unknown custom function ${name}`);
  return f;
}
