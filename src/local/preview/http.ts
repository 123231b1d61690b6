// The local preview's HTTP server, on 127.0.0.1 only:
//   GET  /                    the page (spreadsheet view, menu, sidebar panel)
//   GET  /sidebar             dist/Sidebar.html with google.script.run → /api/run
//   GET  /api/workbook        every sheet: display values, formulas, backgrounds… and the version
//   POST /api/run             { fn, args }   a top-level function of dist/Code.js
//   POST /api/cells           { sheet, a1, values }   setValues semantics (typing, pasting)
//   POST /api/menu            { item, note?, answer? }   an add-on menu item; the alerts it showed
//   GET  /api/download.xlsx   the workbook as it is now
// Refused requests (4xx) answer { error: { code, message } } and change nothing.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { bilingual, type Locale } from "../../domain/i18n";
import { CSP, pageHtml, sidebarHtml } from "./assets";
import { CALLABLE, PreviewRequestError, PreviewSession } from "./session";
import { previewXlsx } from "./xlsx";

/** Largest request body accepted: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Beyond this a refused body is no longer read: the connection is closed. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export interface PreviewOptions {
  /** 0 picks a free port; default 8080. */
  port?: number;
  locale?: Locale;
  /** A plan to generate before serving (through kpiGenerate, as the sidebar does). */
  plan?: unknown;
  timeZone?: string;
  distDir?: string;
}

export interface Preview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

/** The plan given to startPreview could not be generated: the add-on's own error. */
export class PlanRefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: { ja: string; en: string } }[],
  ) {
    super(message);
  }
}

const HOST = "127.0.0.1";

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra = {}): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), "application/json; charset=utf-8");
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra = {}): void {
  send(res, status, JSON.stringify({ error: { code, message } }), "application/json; charset=utf-8", extra);
}

type Body =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; status: number; code: string; message: string };

/** Reads a JSON object body of at most MAX_BODY_BYTES. */
function readJson(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on("error", reject);
    req.on("end", () => {
      if (tooLarge) {
        resolve({
          ok: false,
          status: 413,
          code: "too_large",
          message: bilingual({
            en: `the request body is over ${MAX_BODY_BYTES} bytes`,
            ja: `リクエストの本文が ${MAX_BODY_BYTES} バイトを超えています`,
          }),
        });
        return;
      }
      const text = Buffer.concat(chunks).toString("utf8");
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        resolve({
          ok: false,
          status: 400,
          code: "bad_json",
          message: bilingual({
            en: `the request body is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
            ja: "リクエストの本文が JSON として正しくありません",
          }),
        });
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        resolve({
          ok: false,
          status: 400,
          code: "bad_request",
          message: bilingual({
            en: "the request body must be a JSON object",
            ja: "リクエストの本文は JSON のオブジェクトにしてください",
          }),
        });
        return;
      }
      resolve({ ok: true, value: value as Record<string, unknown> });
    });
  });
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const locale = options.locale ?? "ja";
  const session = new PreviewSession({
    locale,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.distDir ? { distDir: options.distDir } : {}),
  });
  if (options.plan !== undefined) {
    const outcome = session.run("kpiGenerate", [options.plan]);
    const result = outcome.returned as
      | { ok: true }
      | { ok: false; error: { code: string; message: string; issues?: PlanRefusedError["issues"] } }
      | undefined;
    if (outcome.threw) throw new PlanRefusedError("failed", outcome.threw.message, []);
    if (!result?.ok) {
      const error = result?.error ?? { code: "failed", message: "kpiGenerate gave no answer" };
      throw new PlanRefusedError(error.code, error.message, error.issues ?? []);
    }
  }
  const functions = [...CALLABLE];

  let port = 0;
  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);

  const routes: Record<
    string,
    Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>
  > = {
    "/": {
      GET: async (_req, res) => {
        const html = await pageHtml({
          locale,
          menu: session.menuItems(),
          sidebarTitle: session.sidebarTitle(),
        });
        send(res, 200, html, "text/html; charset=utf-8", { "content-security-policy": CSP });
      },
    },
    "/sidebar": {
      GET: async (_req, res) => {
        const html = await sidebarHtml(session.distDir, functions, session.sidebarContent());
        send(res, 200, html, "text/html; charset=utf-8", { "content-security-policy": CSP });
      },
    },
    "/api/workbook": {
      GET: async (_req, res) => sendJson(res, 200, session.workbook()),
    },
    "/api/run": {
      POST: async (req, res) => {
        const body = await readJson(req);
        if (!body.ok) return sendError(res, body.status, body.code, body.message);
        sendJson(res, 200, session.run(body.value.fn, body.value.args));
      },
    },
    "/api/cells": {
      POST: async (req, res) => {
        const body = await readJson(req);
        if (!body.ok) return sendError(res, body.status, body.code, body.message);
        sendJson(res, 200, session.writeCells(body.value.sheet, body.value.a1, body.value.values));
      },
    },
    "/api/sheets": {
      POST: async (req, res) => {
        const body = await readJson(req);
        if (!body.ok) return sendError(res, body.status, body.code, body.message);
        sendJson(res, 200, session.addSheet(body.value.name));
      },
    },
    "/api/menu": {
      POST: async (req, res) => {
        const body = await readJson(req);
        if (!body.ok) return sendError(res, body.status, body.code, body.message);
        sendJson(res, 200, session.menu(body.value.item, body.value.note, body.value.answer));
      },
    },
    "/api/download.xlsx": {
      GET: async (_req, res) => {
        const buffer = await previewXlsx(session.fake.spreadsheet);
        send(res, 200, buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {
          "content-disposition": 'attachment; filename="kpi-designer-preview.xlsx"',
        });
      },
    },
  };

  const server = createServer((req, res) => {
    const handle = async () => {
      // Only this machine's own pages: a site that points its name at 127.0.0.1 gets nothing.
      if (!allowedHosts().has(String(req.headers.host ?? "").toLowerCase())) {
        return sendError(res, 403, "forbidden", bilingual({ en: "unknown Host", ja: "不明な Host です" }));
      }
      const origin = req.headers.origin;
      if (req.method === "POST" && origin !== undefined && !allowedOrigins().has(origin)) {
        return sendError(
          res,
          403,
          "forbidden",
          bilingual({ en: "cross-origin request", ja: "別のサイトからの要求です" }),
        );
      }
      const { pathname } = new URL(req.url ?? "/", `http://${HOST}`);
      const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
      if (!route) {
        return sendError(
          res,
          404,
          "not_found",
          bilingual({ en: `nothing at ${pathname}`, ja: `${pathname} はありません` }),
        );
      }
      const method = req.method ?? "GET";
      const handler = Object.hasOwn(route, method)
        ? route[method]
        : method === "HEAD"
          ? route.GET
          : undefined;
      if (!handler) {
        return sendError(
          res,
          405,
          "method_not_allowed",
          bilingual({ en: `${method} is not allowed here`, ja: `${method} は使えません` }),
          {
            allow: Object.keys(route).join(", "),
          },
        );
      }
      await handler(req, res);
    };
    handle().catch((err: unknown) => {
      if (err instanceof PreviewRequestError) return sendError(res, err.status, err.code, err.message);
      process.stderr.write(
        `preview: ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      if (!res.headersSent) sendError(res, 500, "internal", err instanceof Error ? err.message : String(err));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
