// An .xlsx as what it is: a zip of parts (issue 22). `export --update` changes only the parts that are
// ours and passes every other part through as the bytes it read, so the team's charts, images,
// comments, pivot tables and anything else an application wrote survive, whatever we understand of them.
import JSZip from "jszip";

export class XlsxPackage {
  private constructor(
    private readonly parts: Map<string, Uint8Array>,
    /** The order the parts came in (kept when written back). */
    private readonly order: string[],
  ) {}

  static async read(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const order: string[] = [];
    const parts = new Map<string, Uint8Array>();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      order.push(entry.name);
      parts.set(entry.name, await entry.async("uint8array"));
    }
    return new XlsxPackage(parts, order);
  }

  names(): string[] {
    return this.order.filter((n) => this.parts.has(n));
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const b = this.parts.get(name);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  set(name: string, content: string | Uint8Array): void {
    if (!this.parts.has(name)) this.order.push(name);
    this.parts.set(name, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }

  remove(name: string): void {
    this.parts.delete(name);
  }

  /** A copy holding only the parts `keep` says yes to. */
  filtered(keep: (name: string) => boolean): XlsxPackage {
    const names = this.names().filter(keep);
    return new XlsxPackage(new Map(names.map((n) => [n, this.parts.get(n) as Uint8Array])), names);
  }

  async toBuffer(): Promise<Buffer> {
    const zip = new JSZip();
    // [Content_Types].xml first, as applications write it (some readers look for it there).
    const names = this.names().sort(
      (a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"),
    );
    for (const name of names) zip.file(name, this.parts.get(name) as Uint8Array);
    return zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}
