// npm start: the whole add-on on this machine, in a browser, without Google.
//   node --import tsx src/local/preview/server.ts [--plan FILE.json] [--locale ja|en]
// PORT (default 8080) chooses the port; the server listens on 127.0.0.1 only. Exit codes: 0 stopped,
// 1 could not start (port in use, a plan with lint errors), 2 invalid input (option, plan file).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { err, fail, out, parseArgs } from "../../cli/io";
import { loadPlan } from "../../cli/plan-file";
import { type Locale, localeOf } from "../../domain/i18n";
import { PlanRefusedError, startPreview } from "./http";

export { type Preview, type PreviewOptions, startPreview } from "./http";

const USAGE = `Usage: npm start [-- --plan FILE.json] [-- --locale ja|en]
  (or: node --import tsx src/local/preview/server.ts [--plan FILE.json] [--locale ja|en])

Serves the local preview on http://127.0.0.1:8080/ (PORT=8123 npm start for another port): the
generated sheets computed by a formula engine, beside the real sidebar.
  --plan FILE.json   open with this plan already generated
  --locale ja|en     language of the add-on and the page (default: ja when LANG starts with "ja",
                     else en, as for kpi-designer template)

ローカルプレビューを http://127.0.0.1:8080/ で開きます（ポートは環境変数 PORT で変更）。
  --plan FILE.json   このプランでシートを生成した状態で開く
  --locale ja|en     アドオンと画面の言語（既定は LANG が ja で始まれば日本語、それ以外は英語）
`;

/** --locale, else the command line's rule: ja when LANG starts with "ja", else en (unset, C, POSIX too). */
export function previewLocale(flag: string | undefined, lang: string | undefined): Locale | null {
  if (flag !== undefined) return flag === "ja" || flag === "en" ? flag : null;
  return localeOf(lang);
}

function port(): number | null {
  const raw = process.env.PORT;
  if (raw === undefined || raw === "") return 8080;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, { plan: "string", locale: "string" });
  if (!parsed.ok) {
    fail(parsed.message);
    err(`\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    out(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 0) {
    fail({
      en: `unexpected argument "${parsed.positionals[0]}"`,
      ja: `不要な引数があります: ${parsed.positionals[0]}`,
    });
    err(`\n${USAGE}`);
    return 2;
  }
  const flagLocale = parsed.flags.locale;
  const locale = previewLocale(typeof flagLocale === "string" ? flagLocale : undefined, process.env.LANG);
  if (!locale) {
    fail({
      en: `--locale must be ja or en (got "${flagLocale}")`,
      ja: `--locale は ja か en です（${flagLocale}）`,
    });
    return 2;
  }
  const p = port();
  if (p === null) {
    fail({
      en: `PORT must be a port number (got "${process.env.PORT}")`,
      ja: `PORT はポート番号です（${process.env.PORT}）`,
    });
    return 2;
  }
  let plan: unknown;
  if (typeof parsed.flags.plan === "string") {
    // npm runs scripts from the project root: a relative path means where `npm start` was typed.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.flags.plan);
    const loaded = await loadPlan(file);
    if (!loaded) return 2;
    plan = loaded;
  }
  let preview: Awaited<ReturnType<typeof startPreview>>;
  try {
    preview = await startPreview({ port: p, locale, plan });
  } catch (e) {
    if (e instanceof PlanRefusedError) {
      fail({
        en: `the plan cannot be generated: ${e.message}`,
        ja: `このプランではシートを生成できません: ${e.message}`,
      });
      for (const issue of e.issues)
        err(`  ${issue.path || "(plan)"}: ${issue.message.en}\n    ${issue.message.ja}\n`);
      return e.code === "lint_errors" ? 1 : 2;
    }
    const code = (e as { code?: string }).code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      fail({
        en: `cannot listen on 127.0.0.1:${p} (${code === "EADDRINUSE" ? "in use" : "not allowed"}): try PORT=8123 npm start`,
        ja: `127.0.0.1:${p} で待ち受けできません（${code === "EADDRINUSE" ? "使用中" : "権限なし"}）。PORT=8123 npm start のように別のポートを指定してください`,
      });
      return 1;
    }
    throw e;
  }
  out(
    `KPI Designer local preview / ローカルプレビュー: ${preview.url}\n` +
      `  ${plan === undefined ? "open the wizard in the sidebar to generate the sheets / サイドバーのウィザードでシートを生成できます" : "plan generated / プランのシートを生成済み"}\n` +
      "  Ctrl+C to stop / 終了は Ctrl+C\n",
  );
  await new Promise<void>((resolve) => {
    // Ctrl+C reaches every process of the group: npm's wrapper forwards it too, so it may come twice.
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      preview.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      err(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
