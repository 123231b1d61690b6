// `--map mapping.json`: a source's mapping pinned in a file (domain/source/mapping-file.ts).
import { type MappingFile, mappingFileSchema, mappingProblem } from "../domain/source/mapping-file";
import { fail } from "./io";
import { readJsonFile } from "./plan-file";

/** The pinned mapping, or undefined after printing why the file cannot be used. */
export async function readMapping(path: string): Promise<MappingFile | undefined> {
  const json = await readJsonFile(path, { en: "a mapping file (JSON)", ja: "対応づけファイル（JSON）" });
  if (json === undefined) return undefined;
  const problem = mappingProblem(json);
  if (problem) {
    const at = problem.path || "(file)";
    fail({
      en: `${path} is not a valid mapping: ${at}: ${problem.message.en}`,
      ja: `${path} は正しい対応づけではありません: ${at}: ${problem.message.ja}`,
    });
    return undefined;
  }
  return mappingFileSchema.parse(json);
}
