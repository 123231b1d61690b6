// The machinery every fake object shares: the execution it belongs to, and the Proxy that records
// each method call in the CallLog and refuses what the fake does not implement.
import type { CallLog } from "./call-log";
import type { DocumentState } from "./document";
import type { UiRecorder } from "./ui-recorder";

/** The constructors of the realm the calling code runs in (a gas-local vm context, or Node's). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface FakeOptions {
  htmlDir: string;
  userLocale: string;
  scriptTimeZone: string;
  alertResponse: string;
  printLogs: boolean;
}

/** One execution of the script: its own service objects, the shared document, log and UI. */
export interface ExecContext {
  readonly execution: number;
  readonly log: CallLog;
  readonly doc: DocumentState;
  readonly ui: UiRecorder;
  readonly options: FakeOptions;
  realm: Realm;
  readonly logs: string[];
}

/** An Apps Script exception ("Exception: ..."), created in the caller's realm. */
export function fail(ctx: ExecContext, message: string): Error {
  const e = new ctx.realm.Error(message);
  e.name = "Exception";
  return e;
}

const targets = new WeakMap<object, Fake>();

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `${v.length && Array.isArray(v[0]) ? "Object[]" : "Object"}[]`;
  if (typeof v === "number") return "number";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  const raw = targets.get(v as object);
  if (raw) return `SpreadsheetApp.${raw._class}`;
  return "Object";
}

/** Apps Script's error for arguments of the wrong types. */
export function signatureError(ctx: ExecContext, method: string, args: unknown[]): Error {
  return fail(
    ctx,
    `The parameters (${args.map(typeName).join(",")}) don't match the method signature for ${method}.`,
  );
}

// Properties that test runners, printers and promise machinery probe on any object: answer
// undefined instead of "not implemented".
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "$$typeof",
  "_isMockFunction",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

/**
 * Base of every fake object. Public methods (no leading underscore) are the Apps Script API; they are
 * reached through a Proxy that records "Class.method" per call. Methods call each other on the raw
 * object, so one API call is one record. Enum members are properties whose names start upper-case.
 */
export abstract class Fake {
  abstract readonly _class: string;
  private _proxy: this | undefined;
  constructor(readonly _ctx: ExecContext) {}

  /** This object as callers see it (the recording Proxy). */
  _self(): this {
    if (!this._proxy) this._proxy = expose(this);
    return this._proxy;
  }
}

function expose<T extends Fake>(target: T): T {
  const cache = new Map<string, unknown>();
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === "symbol") return Reflect.get(t, prop);
      const hit = cache.get(prop);
      if (hit) return hit;
      if (prop === "toString") return () => t._class;
      if (PROBES.has(prop) || prop in Object.prototype) return Reflect.get(t, prop);
      const v: unknown = Reflect.get(t, prop);
      if (/^[A-Z]/.test(prop)) return v;
      if (typeof v === "function" && !prop.startsWith("_")) {
        const name = `${t._class}.${prop}`;
        const method = (...args: unknown[]) => {
          if (!t._ctx.log.record(name, t._ctx.execution))
            throw fail(
              t._ctx,
              `Service Spreadsheets failed while accessing document (injected fault at ${name}).`,
            );
          const result = (v as (...a: unknown[]) => unknown).apply(t, args);
          return result === t ? proxy : result;
        };
        cache.set(prop, method);
        return method;
      }
      if (/^[a-z]/.test(prop)) throw fail(t._ctx, `not implemented in the fake: ${t._class}.${prop}`);
      return undefined;
    },
    set() {
      return true;
    },
    ownKeys() {
      return [];
    },
    getOwnPropertyDescriptor() {
      return undefined;
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The fake behind a value callers passed in, if it is one of class `cls`. */
export function unwrap<T extends Fake>(
  value: unknown,
  cls: abstract new (...args: never[]) => T,
): T | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const raw = targets.get(value) ?? (value instanceof Fake ? value : undefined);
  return raw instanceof cls ? raw : undefined;
}
