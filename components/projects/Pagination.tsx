// Pages of the registry as links (the URL keeps the page), with the current position announced.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { registryQuery, type RegistryFilters } from "@/lib/projects/registry";

export async function Pagination({ filters, page, pageCount }: { filters: RegistryFilters; page: number; pageCount: number }) {
  const t = await getTranslations("projects.pagination");
  const link = (target: number, label: string, text: string) =>
    target >= 1 && target <= pageCount && target !== page ? (
      <Link href={`/projects${registryQuery(filters, { page: target })}`} aria-label={label} className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50">
        {text}
      </Link>
    ) : (
      <span aria-hidden="true" className="rounded border border-slate-200 px-3 py-1.5 text-slate-500">{text}</span>
    );
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      {link(1, t("first"), "«")}
      {link(page - 1, t("previous"), "‹")}
      <span aria-current="page" className="px-2 text-slate-700">{t("status", { page, pageCount })}</span>
      {link(page + 1, t("next"), "›")}
      {link(pageCount, t("last"), "»")}
    </nav>
  );
}
