// Boundary rows of KPI_ACHIEVEMENT and KPI_GAP (no dates).
import { arityOf, type FunctionTable, messages, notDirections, notNumbers, OMIT, rowRanges } from "./table";

const actual = messages("actual", "実績");
const target = messages("target", "目標");
const direction = messages("direction", "方向");

const arity = arityOf("2 to 3", "actual, target, direction");

/** direction's kinds: blank or left off is "higher"; `lower` is what "lower" gives. */
function directionKinds(higher: number, lower: number) {
  return {
    zero: [0, direction.notDirection("0")],
    negative: [-1, direction.notDirection("-1")],
    blank: ["", higher],
    omitted: [OMIT, higher],
    ...notDirections(direction),
    huge: [1e300, direction.notDirection("1e+300")],
    // an empty direction cell in a range is that row's default, not a blank row
    ...rowRanges(direction, "lower", lower, { notA: direction.notDirection, blankRow: higher }),
  } as const;
}

export const progressTables: Record<string, FunctionTable> = {
  KPI_ACHIEVEMENT: {
    valid: [80, 100],
    want: 0.8,
    params: {
      actual: {
        kinds: {
          zero: [0, 0], // nothing yet is an observed 0, not a mistake
          negative: [-5, actual.negative("-5")],
          blank: ["", ""],
          omitted: [OMIT, arity(0)],
          ...notNumbers(actual),
          huge: [1e300, 1e298],
          ...rowRanges(actual, 80, 0.8),
        },
        edges: [[150, 1.5]],
      },
      target: {
        kinds: {
          zero: [0, target.zero()],
          negative: [-10, target.negative("-10")],
          blank: ["", ""],
          omitted: [OMIT, arity(1)],
          ...notNumbers(target),
          huge: [1e300, 8e-299],
          ...rowRanges(target, 100, 0.8),
        },
        edges: [[1, 80]],
      },
      direction: {
        kinds: directionKinds(0.8, 1.2), // lower: 1 + (100 − 80) ÷ 100
        edges: [[" LOWER ", 1.2]], // read without its case and its edge spaces
      },
    },
  },
  KPI_GAP: {
    valid: [80, 100],
    want: 20,
    params: {
      actual: {
        kinds: {
          zero: [0, 100],
          negative: [-5, actual.negative("-5")],
          blank: ["", ""],
          omitted: [OMIT, arity(0)],
          ...notNumbers(actual),
          huge: [1e300, 0], // far past the target: nothing missing
          ...rowRanges(actual, 80, 20),
        },
        edges: [[120, 0]],
      },
      target: {
        kinds: {
          zero: [0, 0], // nothing to divide: a target of 0 is met
          negative: [-10, target.negative("-10")],
          blank: ["", ""],
          omitted: [OMIT, arity(1)],
          ...notNumbers(target),
          huge: [1e300, 1e300], // 1e300 − 80 is 1e300 in doubles
          ...rowRanges(target, 100, 20),
        },
      },
      direction: {
        kinds: directionKinds(20, 0), // lower: max(80 − 100, 0)
        edges: [["Lower", 0]],
      },
    },
  },
};
