// A source's mapping as a file (`status --map mapping.json`) and as the workbook stores it beside the
// plan: which header fills which log column, and for a deal list what its own phase values mean.
// Headers are kept as text, so a moved column is found again and a renamed one asks (placeMapping).
import * as z from "zod/mini";
import type { Text } from "../i18n";
import { formatPath } from "../plan";
import { describeIssue, tellableIssues } from "../plan-issues";

/** What a deal list's own phase or status value means: a stage reached, and whether it is won or lost. */
export const phaseMeaningSchema = z.strictObject({
  stage: z.optional(z.string().check(z.minLength(1))),
  outcome: z.optional(z.enum(["open", "won", "lost"])),
});

export const mappingFileSchema = z.strictObject({
  version: z.literal(1),
  kind: z.optional(z.enum(["log", "deals"])),
  /** log key (or deal field) → the header text of the column that fills it. */
  columns: z.record(z.string(), z.string().check(z.minLength(1))),
  /** Deal lists: the stream the deals belong to (the plan's first by default). */
  stream: z.optional(z.string()),
  /** Deal lists: each phase or status value as the list writes it → what it means. */
  phases: z.optional(z.record(z.string(), phaseMeaningSchema)),
});

export type MappingFile = z.infer<typeof mappingFileSchema>;
export type PhaseMeaning = z.infer<typeof phaseMeaningSchema>;

/** Why a mapping file cannot be used, naming the field (`columns.date`); null when it can. */
export function mappingProblem(raw: unknown): { path: string; message: Text } | null {
  const parsed = mappingFileSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return null;
  const issue = tellableIssues(parsed.error.issues)[0] ?? parsed.error.issues[0];
  if (!issue) return null;
  return { path: formatPath(issue.path), message: describeIssue(issue) };
}
