// kpi-designer command line (BRIEF §3.6). Commands arrive with the workbook issue.
const usage = `kpi-designer — plan checks and workbook export for KPI Designer

Usage:
  kpi-designer --help
  kpi-designer --version
`;

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === "--help" || command === "-h") {
    process.stdout.write(usage);
    return 0;
  }
  if (command === "--version") {
    const pkg = await import("../../package.json", { with: { type: "json" } });
    process.stdout.write(`${pkg.default.version}\n`);
    return 0;
  }
  process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
  return 2;
}
