// docs/preview.png: the local preview (ja) after generating the minimal inside-sales template and
// typing actuals, on the Dashboard tab with the sidebar.   npm run build && npx tsx scripts/screenshot-preview.ts
import path from "node:path";
import { previewWithLog } from "./preview-with-log";

const scene = await previewWithLog();
try {
  const { page } = scene;
  await page.locator("#tabs .tab", { hasText: scene.where("AS_OF").sheet }).click();
  await page.locator(`td[data-a1="A1"]`).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.resolve(import.meta.dirname, "../docs/preview.png") });
  console.log("docs/preview.png");
} finally {
  await scene.close();
}
