"use client";
// Translates the codes of lib/forms/state.ts: first from the domain's own namespace
// ("<namespace>.errors.<code>"), then from the shared "errors" namespace; an unknown code still
// shows a sentence ("errors.unexpected"), never a raw key.
import { useFormatter, useTranslations } from "next-intl";

type Params = Record<string, string | number> | undefined;

export function useFormText(namespace?: string) {
  // Codes are data, so keys are built at run time; has() guards every lookup.
  const t = useTranslations() as unknown as {
    (key: string, params?: Params): string;
    has(key: string): boolean;
  };
  const format = useFormatter();
  // A month travels as "YYYY-MM-01" (lib/reports/lock.ts); readers expect "март 2021 г.".
  const readable = (params?: Params): Params =>
    params &&
    Object.fromEntries(
      Object.entries(params).map(([key, value]) =>
        typeof value === "string" && /^\d{4}-\d{2}-01$/.test(value)
          ? [key, format.dateTime(new Date(`${value}T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" })]
          : [key, value],
      ),
    );
  const lookup = (kind: "errors" | "messages", code: string, rawParams?: Params): string | null => {
    const params = readable(rawParams);
    if (namespace && t.has(`${namespace}.${kind}.${code}`)) return t(`${namespace}.${kind}.${code}`, params);
    if (t.has(`${kind === "errors" ? "errors" : "formMessages"}.${code}`)) {
      return t(`${kind === "errors" ? "errors" : "formMessages"}.${code}`, params);
    }
    return null;
  };
  return {
    error: (code: string, params?: Params) => lookup("errors", code, params) ?? t("errors.unexpected"),
    message: (code: string, params?: Params) => lookup("messages", code, params),
  };
}
