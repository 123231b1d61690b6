// The draft survives closing the sidebar: saved to localStorage on every change under a versioned key
// per spreadsheet (every spreadsheet's sidebar shares one storage in Sheets), restored on open in the
// same spreadsheet only. A draft that does not read back as this version's shape is ignored.
import { type PlanDraft, STEPS, type WizardState } from "./state";

export const DRAFT_VERSION = 1;
/** The one key of the first release, before drafts were kept per spreadsheet: read once, then moved. */
export const LEGACY_DRAFT_KEY = `kpi-designer.draft.v${DRAFT_VERSION}`;

/** Where the draft of one spreadsheet is kept. */
export function draftKey(spreadsheetId: string): string {
  return `${LEGACY_DRAFT_KEY}.${encodeURIComponent(spreadsheetId)}`;
}

/** The part of Storage we use; tests pass a Map-backed one. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface SavedDraft {
  version: typeof DRAFT_VERSION;
  savedAt: string;
  step: WizardState["step"];
  origin: WizardState["origin"];
  plan: PlanDraft;
}

/** The browser's localStorage, or null where it is blocked (third-party cookies off, sandboxing). */
export function browserStorage(): DraftStorage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

export function serializeDraft(state: WizardState, now: Date = new Date()): string {
  const saved: SavedDraft = {
    version: DRAFT_VERSION,
    savedAt: now.toISOString(),
    step: state.step,
    origin: state.origin,
    plan: state.plan,
  };
  return JSON.stringify(saved);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isString = (x: unknown): x is string => typeof x === "string";
const strings = (x: unknown): boolean => Array.isArray(x) && x.every(isString);

function isPlanDraft(p: unknown): p is PlanDraft {
  if (!isObject(p) || !isObject(p.kgi) || !isObject(p.period)) return false;
  const lists = [p.streams, p.kfs, p.kpis];
  return (
    (p.locale === "ja" || p.locale === "en") &&
    isString(p.title) &&
    isString(p.kgi.name) &&
    isString(p.kgi.target) &&
    isString(p.kgi.unit) &&
    (p.period.mode === "fiscal" || p.period.mode === "dates") &&
    lists.every((l) => Array.isArray(l) && l.every(isObject)) &&
    (p.streams as unknown[]).every((s) => isObject(s) && Array.isArray(s.stages)) &&
    isString(p.teamText) &&
    Array.isArray(p.workdays) &&
    strings(p.holidaysAdded) &&
    strings(p.holidaysRemoved) &&
    (p.seasonality === null || strings(p.seasonality))
  );
}

export function parseDraft(text: string | null): SavedDraft | null {
  if (!text) return null;
  try {
    const x: unknown = JSON.parse(text);
    if (!isObject(x) || x.version !== DRAFT_VERSION || !isPlanDraft(x.plan)) return null;
    const step = STEPS.includes(x.step as never) ? (x.step as SavedDraft["step"]) : "start";
    const origin = x.origin === "stored" ? "stored" : "new";
    return {
      version: DRAFT_VERSION,
      savedAt: isString(x.savedAt) ? x.savedAt : "",
      step,
      origin,
      plan: x.plan,
    };
  } catch {
    return null;
  }
}

export function loadDraft(storage: DraftStorage | null, spreadsheetId: string): SavedDraft | null {
  try {
    return parseDraft(storage?.getItem(draftKey(spreadsheetId)) ?? null);
  } catch {
    return null;
  }
}

/**
 * The draft of this spreadsheet. A draft left under the old single key by the first release (its
 * spreadsheet unknown) goes to the first spreadsheet opened that has no draft of its own, once: it is
 * moved to that spreadsheet's key, so it never turns up in another one too.
 */
export function takeDraft(storage: DraftStorage | null, spreadsheetId: string): SavedDraft | null {
  const own = loadDraft(storage, spreadsheetId);
  if (own) return own;
  try {
    const text = storage?.getItem(LEGACY_DRAFT_KEY) ?? null;
    if (text === null) return null;
    const legacy = parseDraft(text);
    if (legacy) storage?.setItem(draftKey(spreadsheetId), text);
    storage?.removeItem(LEGACY_DRAFT_KEY);
    return legacy;
  } catch {
    return null;
  }
}

export function saveDraft(storage: DraftStorage | null, spreadsheetId: string, state: WizardState): void {
  try {
    storage?.setItem(draftKey(spreadsheetId), serializeDraft(state));
  } catch {
    // Full or blocked storage: the wizard still works, only without a draft.
  }
}

export function clearDraft(storage: DraftStorage | null, spreadsheetId: string): void {
  try {
    storage?.removeItem(draftKey(spreadsheetId));
  } catch {
    // as above
  }
}

/** The wizard as it was left. */
export function stateFromDraft(saved: SavedDraft): WizardState {
  return {
    step: saved.step,
    plan: saved.plan,
    origin: saved.origin,
    pristine: false,
    touched: [],
    revealed: [],
  };
}
