// The folders mutation testing covers, and the ones a command line names (all when it names none).
export const all = ["domain", "functions", "workbook", "server"];

export function askedFolders(args) {
  const unknown = args.filter((f) => !all.includes(f));
  if (unknown.length) {
    console.error(`unknown folder: ${unknown.join(", ")} (choose from ${all.join(", ")})`);
    process.exit(2);
  }
  return args.length ? args : all;
}
