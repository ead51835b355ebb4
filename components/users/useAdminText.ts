"use client";
// Translates the codes that user administration actions return (lib/users/schema.ts).
import { useTranslations } from "next-intl";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { USER_ERROR_CODES, USER_MESSAGE_CODES, type UserErrorCode, type UserMessageCode } from "@/lib/users/schema";

const isErrorCode = (code: string): code is UserErrorCode => (USER_ERROR_CODES as readonly string[]).includes(code);
const isMessageCode = (code: string): code is UserMessageCode => (USER_MESSAGE_CODES as readonly string[]).includes(code);

export function useAdminText() {
  const t = useTranslations("admin");
  return {
    t,
    /** An unknown code still shows a sentence, never a raw key. */
    error: (code: string) => (isErrorCode(code) ? t(`errors.${code}`, { min: MIN_PASSWORD_LENGTH }) : t("errors.unexpected")),
    message: (code: string) => (isMessageCode(code) ? t(`messages.${code}`) : null),
  };
}
