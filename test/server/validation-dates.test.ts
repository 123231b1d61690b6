// The Actuals date rule accepts exactly the plan's period in the spreadsheet's own time zone, whatever
// zone the script runs in.
import { describe, expect, it } from "vitest";
import { isoDateInZone } from "../../src/domain/calendar-dates";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

describe("the Actuals date validation", () => {
  it.each(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Auckland"])(
    "runs from the period's first to last day in a spreadsheet in %s",
    (timeZone) => {
      const { fake, call } = addon({ timeZone, locale: "en" });
      const plan = samplePlan();
      expect(call("kpiGenerate", plan).ok).toBe(true);
      const rule = fake.spreadsheet.validations("Actuals").A2;
      expect(rule?.criteria).toBe("DATE_BETWEEN");
      const [from, to] = (rule?.values ?? []) as Date[];
      expect(isoDateInZone(from as Date, timeZone)).toBe(plan.period.start);
      expect(isoDateInZone(to as Date, timeZone)).toBe(plan.period.end);
      // and midnight there, as a date typed into a cell is
      expect(isoDateInZone(new Date((from as Date).getTime() - 1), timeZone)).not.toBe(plan.period.start);
    },
  );
});
