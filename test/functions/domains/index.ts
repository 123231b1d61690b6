// The boundary table of every custom function, one file per family.
import { funnelTables } from "./funnel";
import { healthTables } from "./health";
import { periodTables } from "./period";
import { progressTables } from "./progress";
import { saasTables } from "./saas";
import { splitConversionTables } from "./split-conversion";
import type { FunctionTable } from "./table";

export const tables: Record<string, FunctionTable> = {
  ...funnelTables,
  ...splitConversionTables,
  ...progressTables,
  ...periodTables,
  ...healthTables,
  ...saasTables,
};
