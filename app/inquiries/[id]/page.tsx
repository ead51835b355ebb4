import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerEditor } from "@/components/inquiries/AnswerEditor";
import { AnswerView } from "@/components/inquiries/AnswerView";
import { InquiryFacts } from "@/components/inquiries/InquiryFacts";
import { StatusBadge } from "@/components/inquiries/StatusBadge";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getInquiry } from "@/lib/inquiries/queries";
import { inquiryIdSchema } from "@/lib/inquiries/schema";
import { getSnapshot, listSnapshots } from "@/lib/snapshots/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("title") };
}

export default async function InquiryPage({ params }: Props) {
  const user = await requireUser("inquiry.read");
  const id = inquiryIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const inquiry = await getInquiry(user, id.data);
  if (!inquiry) notFound();
  const [t, format] = await Promise.all([getTranslations("inquiries"), getFormatter()]);
  const editing = can(user.role, "inquiry.answer") && inquiry.status !== "SENT";
  const [snapshots, savedSnapshot] = await Promise.all([
    editing ? listSnapshots(user) : Promise.resolve([]),
    inquiry.answer?.snapshot ? getSnapshot(user, inquiry.answer.snapshot.id) : Promise.resolve(null),
  ]);

  return (
    <article className="space-y-8" aria-labelledby="inquiry-title">
      <div className="space-y-2">
        <Link href="/inquiries" className="text-sm font-medium text-brand-700 underline">{t("backToRegister")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="inquiry-title" className="text-2xl font-bold text-brand-900">{t("details.heading", { number: inquiry.number })}</h1>
          <StatusBadge status={inquiry.status} />
        </div>
        <p className="max-w-4xl text-slate-800">{inquiry.subject}</p>
      </div>
      <InquiryFacts inquiry={inquiry} />
      <section aria-labelledby="answer-title" className="space-y-4 rounded border border-slate-200 bg-white p-6">
        <h2 id="answer-title" className="text-lg font-bold text-brand-900">{t("answer.title")}</h2>
        {editing ? (
          <AnswerEditor
            inquiryId={inquiry.id}
            snapshots={snapshots.map((snapshot) => ({
              id: snapshot.id,
              label: `${snapshot.title} — ${format.dateTime(snapshot.takenAt, { dateStyle: "medium", timeStyle: "short" })}`,
            }))}
            initial={{ snapshotId: inquiry.answer?.snapshot?.id ?? null, locale: inquiry.answer?.locale ?? "ru", text: inquiry.answer?.text ?? "" }}
          />
        ) : null}
        <AnswerView inquiry={inquiry} snapshot={savedSnapshot} editing={editing} />
      </section>
    </article>
  );
}
