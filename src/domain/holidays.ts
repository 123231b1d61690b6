import type { IsoDate } from "./calendar-dates";
import type { Text } from "./i18n";
import {
  JP_HOLIDAY_NAMES,
  JP_HOLIDAYS,
  JP_HOLIDAYS_FIRST_YEAR,
  JP_HOLIDAYS_LAST_YEAR,
} from "./jp-holidays.data";

export interface Holiday {
  date: IsoDate;
  name: Text;
}

let table: Holiday[] | null = null;

function all(): Holiday[] {
  table ??= JP_HOLIDAYS.split(";").flatMap((line) => {
    const [year = "", days = ""] = line.trim().split(":");
    return days.split(",").map((d) => {
      const [ja = "", en = ""] = JP_HOLIDAY_NAMES[Number.parseInt(d.slice(4), 36)] ?? [];
      return { date: `${year}-${d.slice(0, 2)}-${d.slice(2, 4)}`, name: { ja, en } };
    });
  });
  return table;
}

/** Japanese public holidays (including substitute and citizens' holidays) in [from, to]. */
export function japaneseHolidays(from: IsoDate, to: IsoDate): Holiday[] {
  return all().filter((h) => h.date >= from && h.date <= to);
}

/** Whether the dataset covers every day of [from, to]; outside it, users must list holidays themselves. */
export function japaneseHolidaysCover(from: IsoDate, to: IsoDate): boolean {
  return (
    Number(from.slice(0, 4)) >= JP_HOLIDAYS_FIRST_YEAR && Number(to.slice(0, 4)) <= JP_HOLIDAYS_LAST_YEAR
  );
}
