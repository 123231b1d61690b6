// LockService and Lock: locks belong to an execution; a contended lock never frees while the caller
// waits, because nothing else runs in the meantime.
import type { LockScope } from "./document";
import { type ExecContext, Fake, fail, signatureError } from "./fake";

export class LockServiceFake extends Fake {
  readonly _class = "LockService";
  getDocumentLock() {
    return new LockFake(this._ctx, "document")._self();
  }
  getScriptLock() {
    return new LockFake(this._ctx, "script")._self();
  }
  getUserLock() {
    return new LockFake(this._ctx, "user")._self();
  }
}

export class LockFake extends Fake {
  readonly _class = "Lock";
  constructor(
    ctx: ExecContext,
    private readonly _scope: LockScope,
  ) {
    super(ctx);
  }
  tryLock(timeoutInMillis: number) {
    if (typeof timeoutInMillis !== "number")
      throw signatureError(this._ctx, "LockService.Lock.tryLock", [timeoutInMillis]);
    const holder = this._ctx.doc.locks.get(this._scope);
    if (holder !== undefined && holder !== this._ctx.execution) return false;
    this._ctx.doc.locks.set(this._scope, this._ctx.execution);
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis))
      throw fail(this._ctx, "Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock() {
    if (this._ctx.doc.locks.get(this._scope) === this._ctx.execution) this._ctx.doc.locks.delete(this._scope);
  }
  hasLock() {
    return this._ctx.doc.locks.get(this._scope) === this._ctx.execution;
  }
}

// Session, ScriptApp, Utilities, Logger, console, Charts -------------------------------------------------------
