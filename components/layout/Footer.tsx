import { getTranslations } from "next-intl/server";

export async function Footer() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p className="font-semibold text-slate-900">{t("programme")}</p>
        <p>{t("dataSource")}</p>
      </div>
    </footer>
  );
}
