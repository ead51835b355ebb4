// National → region → district → project: every level links back up (WAI-ARIA breadcrumb pattern).
import Link from "next/link";
import { useTranslations } from "next-intl";

export type Crumb = { label: string; href?: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useTranslations("dashboard.breadcrumbs");
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${item.label}`} className="flex items-center gap-2">
              {i > 0 ? <span aria-hidden="true" className="text-slate-400">›</span> : null}
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined} className={last ? "font-semibold text-slate-900" : undefined}>
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
