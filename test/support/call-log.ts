// Every fake Apps Script service records its calls here, so a test can say exactly what was touched.
export class CallLog {
  readonly calls: string[] = [];
  record(name: string): void {
    this.calls.push(name);
  }
  count(prefix = ""): number {
    return this.calls.filter((c) => c.startsWith(prefix)).length;
  }
}
