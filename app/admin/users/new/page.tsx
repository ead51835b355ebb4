import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/CreateUserForm";

import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { listRegionOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.newTitle") };
}

export default async function NewUserPage() {
  await requireUser("user.manage");
  const locale = resolveLocale(await getLocale());
  const [t, regions] = await Promise.all([getTranslations("admin"), listRegionOptions(locale)]);
  return (
    <section aria-labelledby="new-user-title" className="space-y-6">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
        {t("users.back")}
      </Link>
      <h1 id="new-user-title" className="text-2xl font-bold text-brand-900">{t("users.newTitle")}</h1>
      <CreateUserForm regions={regions} />
    </section>
  );
}
