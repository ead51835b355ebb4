// The portal's main navigation. Which items a person sees follows the one permission table
// (lib/auth/permissions.ts): an item is shown when the role may do the action behind the page.
// Hiding a link is a convenience only; each page checks the permission again on the server.
import type { Role } from "@/generated/prisma/enums";
import { can, type Action } from "@/lib/auth/permissions";

/** Keys of the `nav` namespace in messages/*.json. */
export type NavLabelKey = "home" | "dashboard" | "regions" | "projects" | "imports" | "reports" | "checks" | "summary" | "inquiries" | "users" | "backups";

export type NavItem = { href: string; labelKey: NavLabelKey };

/** `requires: null` = shown to everyone, signed in or not. */
const items: ReadonlyArray<NavItem & { requires: Action | null }> = [
  { href: "/", labelKey: "home", requires: null },
  { href: "/dashboard", labelKey: "dashboard", requires: "dashboard.read" },
  { href: "/dashboard/regions", labelKey: "regions", requires: "dashboard.read" },
  { href: "/projects", labelKey: "projects", requires: "project.read" },
  { href: "/imports", labelKey: "imports", requires: "import.run" },
  { href: "/reports", labelKey: "reports", requires: "report.read" },
  { href: "/checks", labelKey: "checks", requires: "report.read" },
  { href: "/summary", labelKey: "summary", requires: "summary.read" },
  { href: "/inquiries", labelKey: "inquiries", requires: "inquiry.read" },
  { href: "/admin/users", labelKey: "users", requires: "user.manage" },
  { href: "/admin/backups", labelKey: "backups", requires: "backup.manage" },
];

/** The navigation for a role; `null` (signed out) sees the home page only. */
export function navigationFor(role: Role | null): NavItem[] {
  return items
    .filter((item) => item.requires === null || (role !== null && can(role, item.requires)))
    .map(({ href, labelKey }) => ({ href, labelKey }));
}

/** Whether `href` is the current page or a section containing it (for aria-current). */
export function isCurrent(href: string, pathname: string, all: readonly NavItem[]): boolean {
  if (href === "/") return pathname === "/";
  if (pathname !== href && !pathname.startsWith(`${href}/`)) return false;
  // "/dashboard" is not current on "/dashboard/regions" when that has its own item.
  return !all.some((other) => other.href !== href && other.href.startsWith(`${href}/`) &&
    (pathname === other.href || pathname.startsWith(`${other.href}/`)));
}
