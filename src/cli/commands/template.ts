// kpi-designer template [ID] [--locale ja|en] — list templates, or print one as a plan file.
import { type Locale, localeOf } from "../../domain/i18n";
import { templateIds, templatePlan, templates } from "../../domain/templates";
import { fail, out, table } from "../io";

/** ja when LANG starts with "ja", else en. */
export function defaultLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return localeOf(env.LANG);
}

export function template(id: string | undefined, localeFlag: string | undefined): number {
  const locale = localeFlag ?? defaultLocale();
  if (locale !== "ja" && locale !== "en") {
    fail({
      en: `unknown locale "${locale}": use ja or en`,
      ja: `ロケール「${locale}」は使えません。ja か en を指定してください`,
    });
    return 2;
  }
  if (id === undefined) {
    out(table([["id", "kind", "title"], ...templates.map((t) => [t.id, t.kind, t.title[locale]])]));
    out(
      locale === "ja"
        ? "\nプランファイルの作成: kpi-designer template ID > plan.json\n"
        : "\nStart a plan: kpi-designer template ID > plan.json\n",
    );
    return 0;
  }
  if (!templateIds.includes(id)) {
    const valid = templateIds.join(", ");
    fail({
      en: `unknown template "${id}". Templates: ${valid}`,
      ja: `テンプレート「${id}」はありません。使えるテンプレート: ${valid}`,
    });
    return 2;
  }
  out(`${JSON.stringify(templatePlan(id, locale), null, 2)}\n`);
  return 0;
}
