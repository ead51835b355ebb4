import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Footer() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p className="font-semibold text-slate-900">{t("programme")}</p>
        <p>{t("dataSource")}</p>
        {/* What each figure counts: the glossary page (signed-in users; it asks for the sign-in otherwise). */}
        <p><Link href="/glossary" className="font-medium text-brand-700 underline hover:text-brand-900">{t("glossary")}</Link></p>
      </div>
    </footer>
  );
}
