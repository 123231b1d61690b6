// @vitest-environment happy-dom
// The template step's Next: it applies the template picked while the process is empty, starts from an
// empty process when none is picked, and never replaces a process the user typed without saying so.
import { afterEach, describe, expect, it } from "vitest";
import { applyTemplate } from "../../src/client/plan-load";
import { newPlanDraft, type WizardState } from "../../src/client/state";
import { templates } from "../../src/domain/templates";
import { button, byLabel, click, mount, TODAY, type, unmount } from "./helpers";

let mounted: HTMLElement | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
});

const SAAS = templates.find((x) => x.id === "saas")!;

function atTemplate(plan = newPlanDraft("ja", TODAY)): WizardState {
  return { step: "template", plan, origin: "new", pristine: false, touched: [], revealed: [] };
}

async function open(initial: WizardState) {
  const r = await mount({ initial });
  mounted = r.root;
  return r.root;
}

const heading = (root: HTMLElement) => root.querySelector("h2")?.textContent ?? "";
const radios = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLInputElement>('input[name="template"]'));
const pick = (root: HTMLElement, id: string) => click(radios(root).find((r) => r.value === id)!);
const next = (root: HTMLElement) => click(button(root, /^次へ/));
const streamNames = (root: HTMLElement) =>
  Array.from(root.querySelectorAll("label"))
    .filter((l) => l.textContent?.trim() === "ストリーム名")
    .map(
      (l) => (root.querySelector(`#${CSS.escape(l.getAttribute("for") ?? "")}`) as HTMLInputElement).value,
    );

describe("template step, Next", () => {
  it("picks nothing at first; Next then starts from an empty process", async () => {
    const root = await open(atTemplate());
    expect(radios(root).some((r) => r.checked)).toBe(false);
    expect(button(root, "このテンプレートを使う").disabled).toBe(true);
    await next(root);
    expect(heading(root)).toBe("4. 営業プロセス");
    expect(streamNames(root)).toEqual([""]);
    expect(root.querySelector(".notice-ok")).toBeNull();
  });

  it("applies the template picked when the process is still empty, keeps the goal, and says so", async () => {
    const plan = {
      ...newPlanDraft("ja", TODAY),
      kgi: { name: "東日本の年間受注額", target: "", unit: "JPY" },
    };
    const root = await open(atTemplate(plan));
    await pick(root, "saas");
    await next(root);
    expect(heading(root)).toBe("4. 営業プロセス");
    const expected = applyTemplate(plan, "saas").streams.map((s) => s.name);
    expect(expected[0]).not.toBe("");
    expect(streamNames(root)).toEqual(expected);
    const notice = root.querySelector('.notice-ok[role="status"]');
    expect(notice?.textContent).toContain(`テンプレート「${SAAS.title.ja}」を反映しました`);
    await click(button(root, "2. KGI（目標）"));
    expect(byLabel(root, "目標の名前").value).toBe("東日本の年間受注額");
    expect(root.querySelector(".notice-ok")).toBeNull();
  });

  it("over a process the user typed: applies nothing, stops once to say so, Next again keeps it", async () => {
    const root = await open(atTemplate());
    await next(root);
    await type(byLabel(root, "ストリーム名"), "自社の新規営業");
    await click(button(root, "3. テンプレート"));
    await pick(root, "saas");
    await next(root);
    expect(heading(root)).toBe("3. テンプレート");
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(`「${SAAS.title.ja}」は選択されていますが、まだ反映していません`);
    expect(document.activeElement).toBe(alert);
    await next(root);
    expect(heading(root)).toBe("4. 営業プロセス");
    expect(streamNames(root)).toEqual(["自社の新規営業"]);
  });

  it("over a typed process, Use this template replaces it on purpose", async () => {
    const root = await open(atTemplate());
    await next(root);
    await type(byLabel(root, "ストリーム名"), "自社の新規営業");
    await click(button(root, "3. テンプレート"));
    await pick(root, "saas");
    await click(button(root, "このテンプレートを使う"));
    await next(root);
    expect(heading(root)).toBe("4. 営業プロセス");
    expect(streamNames(root)).not.toContain("自社の新規営業");
  });
});
