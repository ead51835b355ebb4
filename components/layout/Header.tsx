// The portal's header: its name, the language switcher, the signed-in user with sign-out, and
// the navigation for that user's role. A server component: the session decides which links
// exist in the HTML at all; only the switcher, the nav's current-page mark and sign-out run
// in the browser.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { getCurrentUser } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/db/unavailable";
import { navigationFor } from "@/lib/navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { Nav } from "./Nav";

export async function Header() {
  const [t, tNav, tAdmin, user] = await Promise.all([
    getTranslations("common"),
    getTranslations("nav"),
    getTranslations("admin"),
    // During a database outage the page itself answers 503 (requireUser); the header just
    // shows no user instead of failing the whole page first.
    getCurrentUser().catch((error: unknown) => {
      if (error instanceof ServiceUnavailableError) return null;
      throw error;
    }),
  ]);
  const items = navigationFor(user?.role ?? null).map((item) => ({ ...item, label: tNav(item.labelKey) }));
  return (
    <header>
      {/* The gold of the state flag, as a thin band above the blue. */}
      <div className="h-1 bg-gold-500" aria-hidden="true" />
      <div className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
          <Link
            href="/"
            aria-label={t("homeLinkLabel")}
            className="group flex flex-col outline-offset-4 focus-visible:outline-2 focus-visible:outline-white"
          >
            <span className="text-xl font-bold leading-tight tracking-tight group-hover:underline sm:text-2xl">
              {t("portalName")}
            </span>
            <span className="text-sm text-sky-100">{t("portalSubtitle")}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <LanguageSwitcher />
            {user && (
              <div className="flex items-center gap-3 text-sm" data-testid="signed-in-user">
                <span className="flex flex-col text-right leading-tight">
                  <span className="font-semibold">{user.name}</span>
                  <span className="text-sky-100">{tAdmin(`roles.${user.role}`)}</span>
                </span>
                <SignOutButton className="rounded border border-white/70 px-3 py-1.5 font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-60" />
              </div>
            )}
          </div>
        </div>
      </div>
      {items.length > 1 && (
        <div className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-7xl px-2 sm:px-4">
            <Nav items={items} label={tNav("label")} />
          </div>
        </div>
      )}
    </header>
  );
}
