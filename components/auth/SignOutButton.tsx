"use client";
// Sign-out for the header: next-auth's own sign-out requests (the CSRF token, then POST
// /api/auth/signout, which clears the session cookie and ends the session in the database), then a
// full load of the sign-in page, so no page of the previous user stays in the client's router
// cache. Written out rather than imported from next-auth/react: that module is 13 KB on every
// page for these two requests (npm run bench:browser).
import { useState } from "react";
import { useTranslations } from "next-intl";

async function signOut(callbackUrl: string) {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  window.location.href = callbackUrl;
}

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        signOut("/sign-in").catch(() => {
          // The network failed: stay, and let the user try again.
          setPending(false);
        });
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
