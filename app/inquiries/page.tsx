import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InquiriesTable } from "@/components/inquiries/InquiriesTable";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listInquiries } from "@/lib/inquiries/queries";
import { almatyToday, seesAllInquiries } from "@/lib/inquiries/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("title") };
}

export default async function InquiriesPage() {
  const user = await requireUser("inquiry.read");
  const [inquiries, t] = await Promise.all([listInquiries(user), getTranslations("inquiries")]);
  return (
    <section aria-labelledby="inquiries-title" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 id="inquiries-title" className="text-2xl font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-3xl text-slate-700">{seesAllInquiries(user) ? t("intro") : t("introDeputy")}</p>
        </div>
        {can(user.role, "inquiry.create") ? (
          <Link href="/inquiries/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <InquiriesTable inquiries={inquiries} today={almatyToday()} />
    </section>
  );
}
