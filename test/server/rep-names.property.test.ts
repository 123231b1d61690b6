// Every row counts for the right rep: a rep's name is matched exactly (letter case aside, as every
// spreadsheet criterion compares text), never as a wildcard (S*o is not Sato) or a comparison
// (<none> is not "everything before none"). Random teams drawn from an alphabet rich in the
// characters that carry meaning in criteria, random rows, and decoy names that are on no team.
// dist/Code.js over the fakes; test/cli/libreoffice-rep-names.test.ts does the same in LibreOffice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";
import { expectedByRep, logRows, teamNames } from "../fixtures/rep-names";
import { runs } from "../support/sample";
import { addon } from "./support";

/** A name as picked from the Rep column's list: written as that text, never read as a formula. */
const picked = (name: string) => `'${name}`;

describe("each rep's row shows exactly that rep's actuals", () => {
  it("random teams of names full of * ? ~ < > = ' \" (property, Sheets fakes)", () => {
    fc.assert(
      fc.property(
        teamNames.chain((team) => fc.tuple(fc.constant(team), logRows(team))),
        ([team, rows]) => {
          const plan = samplePlan();
          plan.team = team.map((name) => ({ name }));
          expect(parsePlan(plan).ok, JSON.stringify(team)).toBe(true);
          const a = addon({ locale: "en" });
          const r = a.call("kpiGenerate", plan);
          expect(r.ok, JSON.stringify(r.error)).toBe(true);
          a.fake.spreadsheet.write(
            "Actuals",
            "A2",
            rows.map((row) => ["2026-04-01", picked(row.rep), null, null, null, null, row.kgi, null]),
          );
          const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][];
          const errors = dashboard.flat().filter((v) => typeof v === "string" && /^#[A-Z]/.test(v));
          expect(errors).toEqual([]);
          const reps = dashboard.filter((row) => team.includes(row[0] as string) && row.length > 3);
          for (const [name, want] of expectedByRep(team, rows)) {
            const got = reps.find((row) => row[0] === name)?.[3];
            expect(got, `${JSON.stringify(name)} in ${JSON.stringify(team)}`).toBe(want);
          }
        },
      ),
      { numRuns: runs(10, 100), seed: 14 },
    );
  });
});
