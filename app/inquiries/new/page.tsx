import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateInquiryForm } from "@/components/inquiries/CreateInquiryForm";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listDeputyAccounts } from "@/lib/inquiries/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("newTitle") };
}

export default async function NewInquiryPage() {
  const user = await requireUser("inquiry.create");
  // Only the ministry links co-signers; a deputy's form registers the inquiry for themself.
  const linksDeputies = can(user.role, "inquiry.linkDeputies");
  const [deputies, t] = await Promise.all([linksDeputies ? listDeputyAccounts(user) : null, getTranslations("inquiries")]);
  return (
    <section className="space-y-6">
      <div className="space-y-1">
        <Link href="/inquiries" className="text-sm font-medium text-brand-700 underline">{t("backToRegister")}</Link>
        <h1 className="text-2xl font-bold text-brand-900">{t("newTitle")}</h1>
        <p className="max-w-3xl text-slate-700">{linksDeputies ? t("newIntro") : t("newIntroDeputy")}</p>
      </div>
      <CreateInquiryForm deputies={deputies} />
    </section>
  );
}
