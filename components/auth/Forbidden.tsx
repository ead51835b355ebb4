// A page the signed-in role may not open (the check itself is lib/auth/permissions.ts). Pages
// call requireUser("action", …) (lib/auth/session.ts) or Next's forbidden() for a narrower
// check (experimental.authInterrupts in next.config.js), so the answer is HTTP 403 rather than a
// 200 that only looks like a refusal; app/forbidden.tsx then shows ForbiddenNotice, the
// translated explanation. Ids that do not exist or lie outside the caller's region use
// notFound() (404) instead.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function ForbiddenNotice() {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="forbidden-title" className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8">
      <h1 id="forbidden-title" className="mb-2 text-xl font-bold text-brand-900">
        {t("forbiddenTitle")}
      </h1>
      <p className="mb-4 text-slate-700">{t("forbiddenText")}</p>
      <Link href="/" className="font-medium text-brand-700 underline hover:text-brand-900">
        {t("backHome")}
      </Link>
    </section>
  );
}
