"use client";
// The "admin" texts of user administration (codes are translated by the shared form
// components, see FieldErrors / FormStatus).
import { useTranslations } from "next-intl";

export function useAdminText() {
  return { t: useTranslations("admin") };
}
