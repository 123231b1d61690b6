import type { FunctionSpec, ParamType } from "./spec";

const jsdocType: Record<ParamType, string> = {
  number: "number|Array<Array<number>>",
  fraction: "number|Array<Array<number>>",
  date: "Date|Array<Array<Date>>",
  text: "string|Array<Array<string>>",
  numbers: "Array<Array<number>>",
  fractions: "Array<Array<number>>",
  texts: "Array<Array<string>>",
  dates: "Array<Array<Date>>",
};

/** The @customfunction help Sheets shows while typing; English then Japanese. */
export function jsdocOf(f: FunctionSpec): string[] {
  return [
    `${f.description.en}`,
    `${f.description.ja}`,
    `Example: ${f.example} → ${f.exampleResult}`,
    ...f.params.map((p) => {
      const name = p.optional ? `[${p.name}]` : p.name;
      return `@param {${jsdocType[p.type]}} ${name} ${p.description.en} / ${p.description.ja}`;
    }),
    `@return ${f.returns.en} / ${f.returns.ja}`,
    "@customfunction",
  ];
}
