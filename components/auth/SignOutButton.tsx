"use client";
// Sign-out for the header. next-auth clears the session cookie and the browser reloads the
// sign-in page, so no page of the previous user stays in the client's router cache.
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
      className={
        className ??
        "rounded border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700 disabled:opacity-60"
      }
    >
      {t("signOut")}
    </button>
  );
}
