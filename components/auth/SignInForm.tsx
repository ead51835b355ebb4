"use client";
// The sign-in form: next-auth's signIn("credentials") without a full-page redirect, so that a
// refusal stays on this page with a translated message (codes: lib/auth/sign-in-errors.ts).
import { useId, useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { safeRedirectPath } from "@/lib/auth/redirect-target";
import { parseSignInError, type SignInErrorView } from "@/lib/auth/sign-in-errors";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations("auth");
  const format = useFormatter();
  const errorId = useId();
  const [error, setError] = useState<SignInErrorView | null>(() => parseSignInError(initialError));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error || !result.ok) {
        setError(parseSignInError(result?.error ?? "unknown") ?? { code: "unknown" });
        return;
      }
      // A full page load rather than router.push + refresh: the shared layout (header, navigation)
      // must be rendered again for the signed-in role, and push followed by refresh races.
      // Checked again against this page's own origin (lib/auth/redirect-target.ts).
      window.location.replace(safeRedirectPath(callbackUrl, window.location.origin));
    } catch {
      setError({ code: "unknown" });
    } finally {
      setPending(false);
    }
  }

  function message(view: SignInErrorView): string {
    if (view.code === "invalidCredentials") return t("errors.invalidCredentials");
    if (view.code === "locked") {
      return view.lockedUntil
        ? t("errors.lockedUntil", { time: format.dateTime(view.lockedUntil, { hour: "2-digit", minute: "2-digit" }) })
        : t("errors.locked");
    }
    if (view.code === "rateLimited" || view.code === "busy" || view.code === "unavailable") return t(`errors.${view.code}`);
    return t("errors.unknown");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? errorId : undefined} className="space-y-5">
      <div aria-live="assertive" id={errorId}>
        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
            {message(error)}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="sign-in-email" className="block text-sm font-semibold text-slate-800">
          {t("email")}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={error ? true : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="sign-in-password" className="block text-sm font-semibold text-slate-800">
          {t("password")}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-700"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60"
      >
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
