"use client";
// The main navigation: a list of links given by the (server) header, which already filtered
// them by role (lib/navigation.ts) and translated their labels. A client component only to
// know the current path for aria-current.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrent, type NavItem } from "@/lib/navigation";

export type NavEntry = NavItem & { label: string };

export function Nav({ items, label }: { items: NavEntry[]; label: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {items.map((item) => {
          const current = isCurrent(item.href, pathname, items);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  "block border-b-4 px-3 py-2.5 text-[0.95rem] font-medium outline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-700 " +
                  (current ? "border-gold-500 text-brand-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-900")
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
