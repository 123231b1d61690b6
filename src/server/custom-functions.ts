// Apps Script finds each custom function by its own name; these bind the registry to the
// spreadsheet's time zone. The build fails if a registry name is missing here.
import { customFunction, setCallContext } from "../functions/registry";
import type { CellInput, CellOutput } from "../functions/spec";

function bind(name: string): (...args: CellInput[]) => CellOutput {
  const f = customFunction(name);
  const needsZone = f.params.some((p) => p.type === "date" || p.type === "dates");
  return (...args) => {
    // Dates arrive as midnight in the spreadsheet's zone; read it only when a date is involved.
    if (needsZone) setCallContext({ timeZone: SpreadsheetApp.getActive().getSpreadsheetTimeZone() });
    return f.run(...args);
  };
}

export const KPI_CONVERSION = bind("KPI_CONVERSION");
export const KPI_CONVERSION_RANGE = bind("KPI_CONVERSION_RANGE");
export const KPI_HIT_PROBABILITY = bind("KPI_HIT_PROBABILITY");
export const KPI_REQUIRED_CALLS = bind("KPI_REQUIRED_CALLS");
export const KPI_FUNNEL = bind("KPI_FUNNEL");
export const KPI_REQUIRED_ACTIVITY = bind("KPI_REQUIRED_ACTIVITY");
export const KPI_SPLIT = bind("KPI_SPLIT");
export const KPI_ACHIEVEMENT = bind("KPI_ACHIEVEMENT");
export const KPI_GAP = bind("KPI_GAP");
export const KPI_FORECAST = bind("KPI_FORECAST");
export const KPI_PACE = bind("KPI_PACE");
export const KPI_RUN_RATE = bind("KPI_RUN_RATE");
export const KPI_BOTTLENECK = bind("KPI_BOTTLENECK");
export const KPI_SALES_VELOCITY = bind("KPI_SALES_VELOCITY");
export const KPI_LTV = bind("KPI_LTV");
export const KPI_CHURN_RATE = bind("KPI_CHURN_RATE");
export const KPI_NRR = bind("KPI_NRR");
export const KPI_CAC_PAYBACK = bind("KPI_CAC_PAYBACK");
