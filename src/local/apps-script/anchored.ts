// Ranges that rules, validations, charts and protections hold: kept as Anchors, which move with
// inserted rows and columns and die with their sheet.
import type { Anchor } from "./document";
import { type ExecContext, signatureError } from "./fake";
import { rangeArg, rangeFake } from "./make";

/** Ranges held by rules, validations and charts, resolved as they are now (rows may have moved). */
export function anchoredRanges(ctx: ExecContext, anchors: readonly Anchor[]) {
  return anchors.flatMap((a) => {
    const t = a.resolve();
    return t ? [rangeFake(ctx, t.sheet, t.rect)] : [];
  });
}

export function anchorOf(ctx: ExecContext, method: string, range: unknown): Anchor {
  const r = rangeArg(ctx, method, range);
  return ctx.doc.anchor(r._state, r._rect);
}

export function checkNumber(ctx: ExecContext, method: string, args: unknown[]) {
  if (!args.every((a) => typeof a === "number")) throw signatureError(ctx, method, args);
}
