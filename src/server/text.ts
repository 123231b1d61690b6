import type { Text } from "../domain/i18n";

export const menuText = {
  openWizard: { ja: "KPI設計ウィザードを開く", en: "Open KPI wizard" },
} satisfies Record<string, Text>;
