import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Under Stryker a run stops at the first failing test (bail), so a mutant is killed sooner when the
// files that failed last time and then the quickest run first — the opposite of vitest's own order
// (longest first, which balances workers that a mutation run does not have). A surviving mutant runs
// every covering file either way.
export class QuickFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const known = (spec: TestSpecification) =>
      cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    const rank = (spec: TestSpecification) => {
      const result = known(spec);
      if (!result) return [1, Number.POSITIVE_INFINITY] as const;
      return [result.failed ? 0 : 1, result.duration] as const;
    };
    return [...files].sort((a, b) => {
      const [failedA, timeA] = rank(a);
      const [failedB, timeB] = rank(b);
      return failedA - failedB || timeA - timeB;
    });
  }
}
