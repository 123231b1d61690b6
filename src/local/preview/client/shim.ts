// google.script.run and google.script.host for the real sidebar (dist/Sidebar.html) in the local
// preview. Injected before the sidebar's own script. Each call POSTs { fn, args } to /api/run, where
// dist/Code.js runs over the Apps Script fakes; as in Apps Script, the success handler gets the
// function's return value and the failure handler an Error when it threw. Only the add-on's
// top-level functions exist on the runner, as only they exist on Apps Script's.

interface ShimConfig {
  functions: string[];
}

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunResponse {
  returned?: unknown;
  threw?: { name: string; message: string };
  error?: { code: string; message: string };
  version?: number;
}

const CHANGED = "kpi-preview:changed";

function config(): ShimConfig {
  const el = document.getElementById("kpi-preview-shim-config");
  return JSON.parse(el?.textContent ?? '{"functions":[]}') as ShimConfig;
}

function scriptError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

function notifyParent(version: number | undefined): void {
  if (typeof version !== "number" || window.parent === window) return;
  window.parent.postMessage({ type: CHANGED, version }, window.location.origin);
}

async function post(fn: string, args: unknown[]): Promise<RunResponse> {
  const response = await fetch("/api/run", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ fn, args }),
  });
  const body = (await response.json().catch(() => ({}))) as RunResponse;
  if (!response.ok) {
    throw scriptError("ScriptError", body.error?.message ?? `${fn}: HTTP ${response.status}`);
  }
  return body;
}

/** What google.script.run refuses in arguments: Dates and functions, anywhere inside. */
function prohibited(value: unknown, seen = new Set<unknown>()): string | null {
  if (value instanceof Date) return "a Date";
  if (typeof value === "function") return "a function";
  if (value === null || typeof value !== "object" || seen.has(value)) return null;
  seen.add(value);
  for (const v of Object.values(value)) {
    const found = prohibited(v, seen);
    if (found) return found;
  }
  return null;
}

function newRunner(functions: readonly string[]): Record<string, unknown> {
  let onSuccess: Handler | null = null;
  let onFailure: Handler | null = null;
  let userObject: unknown;
  const runner: Record<string, unknown> = {
    withSuccessHandler(f: Handler) {
      onSuccess = f;
      return runner;
    },
    withFailureHandler(f: Handler) {
      onFailure = f;
      return runner;
    },
    withUserObject(o: unknown) {
      userObject = o;
      return runner;
    },
  };
  for (const fn of functions) {
    runner[fn] = (...args: unknown[]) => {
      const success = onSuccess;
      const failure = onFailure;
      const user = userObject;
      const fail = (e: Error) => {
        if (failure) failure(e, user);
        else console.error(e); // as Apps Script does with no failure handler
      };
      const refused = prohibited(args);
      if (refused) {
        // Apps Script refuses the request before it reaches the server.
        setTimeout(() => fail(scriptError("TypeError", `${fn}: ${refused} cannot be passed to the server`)));
        return;
      }
      post(fn, args).then(
        (body) => {
          notifyParent(body.version);
          if (body.threw) fail(scriptError(body.threw.name, body.threw.message));
          else success?.(body.returned, user);
        },
        (e: unknown) =>
          fail(
            e instanceof Error && e.name === "ScriptError"
              ? e
              : scriptError(
                  "ScriptError",
                  "The preview server is not reachable: is npm start still running?",
                ),
          ),
      );
    };
  }
  return runner;
}

const functions = config().functions;
const host = {
  close() {},
  setHeight() {},
  setWidth() {},
  editor: { focus() {} },
  origin: window.location.origin,
};
const script = {
  host,
  // A fresh runner on each access, so handlers set for one call never leak into another.
  get run() {
    return newRunner(functions);
  },
};
(window as unknown as { google: unknown }).google = { script };
