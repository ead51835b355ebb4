// Loads what an exported answer (PDF or DOCX) shows, for the route handlers, which have checked
// the session and "inquiry.read" (lib/http/route-access.ts): the viewer must see this inquiry (a
// deputy: only theirs) and may read its answer (a deputy: only once sent); otherwise "not found".
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { resolveLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor, type DocumentTranslator } from "@/lib/pdf/translator";
import { getSnapshot } from "@/lib/snapshots/queries";
import { answerDocumentData, type AnswerDocumentData } from "./document";
import { getInquiry } from "./queries";
import { inquiryIdSchema } from "./schema";

export type AnswerExport =
  | { ok: true; data: AnswerDocumentData; locale: Locale; t: DocumentTranslator; number: string; id: number }
  | { ok: false };

export async function loadAnswerExport(viewer: Actor, rawId: string): Promise<AnswerExport> {
  const id = inquiryIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false };
  const inquiry = await getInquiry(viewer, id.data);
  // Not theirs, absent, not yet visible (a draft, for a deputy) or not yet written: all "not found".
  if (!inquiry?.answer?.text) return { ok: false };
  const locale = resolveLocale(inquiry.answer.locale);
  const [t, snapshot] = await Promise.all([
    translatorFor(locale),
    inquiry.answer.snapshot ? getSnapshot(viewer, inquiry.answer.snapshot.id) : Promise.resolve(null),
  ]);
  const data = answerDocumentData({ inquiry, text: inquiry.answer.text, snapshot }, locale, t);
  return { ok: true, data, locale, t, number: inquiry.number, id: inquiry.id };
}
