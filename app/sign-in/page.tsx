import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeRedirectPath } from "@/lib/auth/redirect-target";
import { getCurrentUser, unavailablePath } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/db/unavailable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // Parsed, never prefix-checked (lib/auth/redirect-target.ts): "/\t/evil.example" must not
  // leave the portal.
  const callbackUrl = safeRedirectPath(first(params.callbackUrl));
  const user = await getCurrentUser().catch((error: unknown) => {
    if (error instanceof ServiceUnavailableError) redirect(unavailablePath(callbackUrl));
    throw error;
  });
  if (user) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="sign-in-title" className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 id="sign-in-title" className="mb-2 text-2xl font-bold text-brand-900">
        {t("title")}
      </h1>
      <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl} initialError={first(params.error)} />
    </section>
  );
}
