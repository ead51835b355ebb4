import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChangeRoleForm } from "@/components/users/ChangeRoleForm";
import { ResetPasswordForm } from "@/components/users/ResetPasswordForm";
import { UserStatusForm } from "@/components/users/UserStatusForm";

import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { getUser, listRegionOptions } from "@/lib/users/queries";
import { userIdSchema } from "@/lib/users/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.details") };
}

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await requireUser("user.manage");
  const id = userIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const locale = resolveLocale(await getLocale());
  const [t, format, user, regions, query] = await Promise.all([
    getTranslations("admin"),
    getFormatter(),
    getUser(viewer, id.data, locale),
    listRegionOptions(locale),
    searchParams,
  ]);
  if (!user) notFound();
  const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-6";
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
        {t("users.back")}
      </Link>
      {query.created ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">
          {t("messages.created")}
        </p>
      ) : null}
      <section aria-labelledby="user-title" className={section}>
        <h1 id="user-title" className="text-2xl font-bold text-brand-900">{user.name}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-semibold text-slate-700">{t("users.columns.email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold text-slate-700">{t("users.columns.role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          <dt className="font-semibold text-slate-700">{t("users.columns.region")}</dt>
          <dd>{user.regionName ?? t("users.nationalScope")}</dd>
          <dt className="font-semibold text-slate-700">{t("users.createdAt")}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
          <dt className="font-semibold text-slate-700">{t("users.columns.lastSignIn")}</dt>
          <dd>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}</dd>
        </dl>
      </section>
      <section aria-labelledby="role-title" className={section}>
        <h2 id="role-title" className="text-lg font-semibold text-brand-900">{t("users.roleSection")}</h2>
        <ChangeRoleForm userId={user.id} role={user.role} regionId={user.regionId} regions={regions} />
      </section>
      <section aria-labelledby="password-title" className={section}>
        <h2 id="password-title" className="text-lg font-semibold text-brand-900">{t("users.passwordSection")}</h2>
        <ResetPasswordForm userId={user.id} />
      </section>
      <section aria-labelledby="status-title" className={section}>
        <h2 id="status-title" className="text-lg font-semibold text-brand-900">{t("users.statusSection")}</h2>
        <UserStatusForm userId={user.id} active={user.active} />
      </section>
    </div>
  );
}
