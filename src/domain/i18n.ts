// Every user-facing text exists in both languages; Japanese teams come first.
export type Locale = "ja" | "en";
export const locales: readonly Locale[] = ["ja", "en"];

export interface Text {
  ja: string;
  en: string;
}

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}

/** English first, then Japanese: for messages read by people whose locale we do not know. */
export function bilingual(text: Text): string {
  return text.en === text.ja ? text.en : `${text.en} / ${text.ja}`;
}

/** Maps a Google locale code ("ja", "ja_JP", "en-US") to ours; anything not Japanese is English. */
export function localeOf(code: string | null | undefined): Locale {
  return code && /^ja(\b|[_-])/i.test(code) ? "ja" : "en";
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
