// kpi-designer template [ID] [--locale ja|en] [--add KPI,…] — list templates, or print one as a plan
// file, with the KPIs it offers beyond its default 3–5 listed on stderr and added by --add.
import { type Locale, localeOf } from "../../domain/i18n";
import { templateIds, templateKpiChoices, templatePlan, templates } from "../../domain/templates";
import { err, fail, out, table } from "../io";

/** ja when LANG starts with "ja", else en. */
export function defaultLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return localeOf(env.LANG);
}

export function template(
  id: string | undefined,
  localeFlag: string | undefined,
  addFlag?: string | undefined,
): number {
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
  const offered = templateKpiChoices(id).filter((k) => !k.picked);
  const add = (addFlag ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
  const unknown = add.filter((x) => !offered.some((k) => k.id === x));
  if (unknown.length > 0) {
    const valid = offered.map((k) => k.id).join(", ") || "(none)";
    fail({
      en: `template "${id}" offers no KPI ${unknown.join(", ")} to add. It offers: ${valid}`,
      ja: `テンプレート「${id}」に追加できるKPI ${unknown.join(", ")} はありません。追加できるKPI: ${valid}`,
    });
    return 2;
  }
  out(`${JSON.stringify(templatePlan(id, locale, { extraKpis: add }), null, 2)}\n`);
  // On stderr, so that the plan on stdout stays a plan file.
  const left = offered.filter((k) => !add.includes(k.id));
  if (left.length > 0) {
    const rows = left.map((k) => [k.id, k.tier, k.name[locale]]);
    const ids = left.map((k) => k.id).join(",");
    err(
      locale === "ja"
        ? `\n追加できるKPI（--add ${ids} のように指定）:\n${table([["id", "tier", "名前"], ...rows])}\n`
        : `\nKPIs you can add (e.g. --add ${ids}):\n${table([["id", "tier", "name"], ...rows])}\n`,
    );
  }
  return 0;
}
