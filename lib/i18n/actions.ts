"use server";
// Switching the interface language. The only input is the locale code, checked against the
// supported list; no session is needed because the choice is a per-browser preference.
import { cookies } from "next/headers";
import { refresh } from "next/cache";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./config";

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, {
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
    // Not `secure`: a language preference is not sensitive, and it must also work when the
    // portal is served over plain HTTP inside a ministry network or on localhost.
  });
  // Re-render the current page in the new language without a full reload.
  refresh();
}
