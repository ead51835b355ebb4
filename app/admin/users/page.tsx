import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UsersTable } from "@/components/users/UsersTable";

import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.title") };
}

export default async function UsersPage() {
  const user = await requireUser("user.manage");
  const locale = resolveLocale(await getLocale());
  const [t, users] = await Promise.all([getTranslations("admin"), listUsers(user, locale)]);
  return (
    <section aria-labelledby="users-title" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="users-title" className="text-2xl font-bold text-brand-900">{t("users.title")}</h1>
          <p className="text-slate-600">{t("users.intro")}</p>
        </div>
        <Link href="/admin/users/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
          {t("users.newUser")}
        </Link>
      </div>
      <UsersTable users={users} />
    </section>
  );
}
