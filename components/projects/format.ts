// Display formats of the project pages: days (stored as UTC midnight), tenge in millions with
// one decimal as reports show them, and values of the change history. Server-side helpers fed
// next-intl's formatter and translators.
import type { getFormatter, getTranslations } from "next-intl/server";

type Format = Awaited<ReturnType<typeof getFormatter>>;
type Translate = Awaited<ReturnType<typeof getTranslations<"projects">>>;
type TranslateEnums = Awaited<ReturnType<typeof getTranslations<"enums">>>;

/** A calendar day: read in UTC, where Prisma put it, so no time zone shifts it. */
export function formatDay(format: Format, date: Date | string | null, style: "short" | "medium" | "long" = "medium"): string | null {
  if (!date) return null;
  const value = typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date;
  return format.dateTime(value, { dateStyle: style, timeZone: "UTC" });
}

/** "12,3 млн ₸": millions of tenge with one decimal. */
export function formatMillions(format: Format, t: Translate, amount: number | string | { toString(): string }): string {
  const millions = Number(amount.toString()) / 1_000_000;
  return t("money.millions", { amount: format.number(millions, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** "12 500 000 ₸": exact tenge, for the history of a change. */
export function formatTenge(format: Format, t: Translate, amount: number | string): string {
  return t("money.tenge", { amount: format.number(Number(amount), { maximumFractionDigits: 2 }) });
}

type Places = { regions: Map<number, string>; districts: Map<number, string> };

/** A field's name in the history, in the reader's language. */
export function historyFieldLabel(t: Translate, enums: TranslateEnums, field: string): string {
  const [head, source, kind] = field.split(".");
  if (head === "funding" && source && (kind === "allocated" || kind === "disbursed")) {
    return t("fields.fundingAmount", { source: enums(`fundingSource.${source}` as "fundingSource.OTHER"), kind: t(`fields.${kind}`) });
  }
  const key = `fields.${field}`;
  return t.has(key as "fields.code") ? t(key as "fields.code") : field;
}

/** A value in the history, formatted as the project page shows it. */
export function historyValue(format: Format, t: Translate, enums: TranslateEnums, places: Places, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field.startsWith("funding.")) return formatTenge(format, t, String(value));
  switch (field) {
    case "category":
    case "workType":
    case "status":
      return enums(`${field}.${value}` as "status.PLANNED");
    case "regionId":
      return places.regions.get(Number(value)) ?? String(value);
    case "districtId":
      return places.districts.get(Number(value)) ?? String(value);
    case "plannedStart":
    case "plannedEnd":
    case "actualStart":
    case "actualEnd":
    case "commissionedAt":
      return formatDay(format, String(value)) ?? "—";
    default:
      return String(value);
  }
}
