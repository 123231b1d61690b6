// The small services around the spreadsheet: Session, ScriptApp, Utilities, Logger, console and the
// Charts enums. Ui, HtmlService and LockService have files of their own.
import { format } from "node:util";
import { formatJavaDate, isDate, timeOf } from "./dates";
import { Fake, fail, signatureError } from "./fake";

export const AuthMode = {
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
} as const;
export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  BUBBLE: "BUBBLE",
  CANDLESTICK: "CANDLESTICK",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  GAUGE: "GAUGE",
  GEO: "GEO",
  HISTOGRAM: "HISTOGRAM",
  RADAR: "RADAR",
  LINE: "LINE",
  ORG: "ORG",
  PIE: "PIE",
  SCATTER: "SCATTER",
  SPARKLINE: "SPARKLINE",
  STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE",
  TIMELINE: "TIMELINE",
  TREEMAP: "TREEMAP",
  WATERFALL: "WATERFALL",
} as const;
export const Position = { TOP: "TOP", BOTTOM: "BOTTOM", RIGHT: "RIGHT", NONE: "NONE" } as const;
export class SessionFake extends Fake {
  readonly _class = "Session";
  getActiveUserLocale() {
    return this._ctx.options.userLocale;
  }
  getScriptTimeZone() {
    return this._ctx.options.scriptTimeZone;
  }
  getTemporaryActiveUserKey() {
    return "fake-temporary-active-user-key";
  }
}

export class ScriptAppFake extends Fake {
  readonly _class = "ScriptApp";
  readonly AuthMode = AuthMode;
}

export class UtilitiesFake extends Fake {
  readonly _class = "Utilities";
  formatDate(date: unknown, timeZone: string, pattern: string) {
    if (!isDate(date) || typeof timeZone !== "string" || typeof pattern !== "string")
      throw signatureError(this._ctx, "Utilities.formatDate", [date, timeZone, pattern]);
    try {
      return formatJavaDate(timeOf(date), timeZone, pattern);
    } catch (e) {
      throw fail(this._ctx, `Invalid argument: ${(e as Error).message}`);
    }
  }
  formatString(template: string, ...args: unknown[]) {
    return format(template, ...args);
  }
  /** Does not wait: the fakes run synchronously and nothing else could happen meanwhile. */
  sleep(_milliseconds: number) {}
  getUuid() {
    return globalThis.crypto.randomUUID();
  }
}

function logLine(args: unknown[]): string {
  return format(...args);
}

export class LoggerFake extends Fake {
  readonly _class = "Logger";
  private _lines: string[] = [];
  log(...args: unknown[]) {
    const line = logLine(args);
    this._lines.push(line);
    this._ctx.logs.push(line);
    if (this._ctx.options.printLogs) console.log(line);
    return this;
  }
  getLog() {
    return this._lines.join("\n");
  }
  clear() {
    this._lines = [];
  }
}

export class ConsoleFake extends Fake {
  readonly _class = "console";
  private _out(level: "log" | "info" | "warn" | "error" | "debug", args: unknown[]) {
    const line = logLine(args);
    this._ctx.logs.push(level === "log" ? line : `[${level}] ${line}`);
    if (this._ctx.options.printLogs) console[level](line);
  }
  log(...args: unknown[]) {
    this._out("log", args);
  }
  info(...args: unknown[]) {
    this._out("info", args);
  }
  warn(...args: unknown[]) {
    this._out("warn", args);
  }
  error(...args: unknown[]) {
    this._out("error", args);
  }
  debug(...args: unknown[]) {
    this._out("debug", args);
  }
  time(_label?: string) {}
  timeEnd(_label?: string) {}
}

export class ChartsFake extends Fake {
  readonly _class = "Charts";
  readonly ChartType = ChartType;
  readonly Position = Position;
}

export { HtmlOutputFake, HtmlServiceFake } from "./html-service";
export { LockFake, LockServiceFake } from "./lock-service";
export { MenuFake, PromptResponseFake, UiFake } from "./ui";
