// Loads what an exported answer (PDF or DOCX) shows, for the route handlers: the viewer must be
// signed in, may read inquiries, must see this inquiry (a deputy: only theirs) and may read its
// answer (a deputy: only once sent). Refusals come back as HTTP statuses.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { resolveLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor, type DocumentTranslator } from "@/lib/pdf/translator";
import { getSnapshot } from "@/lib/snapshots/queries";
import { answerDocumentData, type AnswerDocumentData } from "./document";
import { getInquiry } from "./queries";
import { inquiryIdSchema } from "./schema";

export type AnswerExport =
  | { ok: true; data: AnswerDocumentData; locale: Locale; t: DocumentTranslator; number: string; id: number }
  | { ok: false; status: 401 | 403 | 404 };

export async function loadAnswerExport(viewer: Actor | null, rawId: string): Promise<AnswerExport> {
  if (!viewer) return { ok: false, status: 401 };
  if (!can(viewer.role, "inquiry.read")) return { ok: false, status: 403 };
  const id = inquiryIdSchema.safeParse(rawId);
  if (!id.success) return { ok: false, status: 404 };
  const inquiry = await getInquiry(viewer, id.data);
  // Not theirs, absent, not yet visible (a draft, for a deputy) or not yet written: all "not found".
  if (!inquiry?.answer?.text) return { ok: false, status: 404 };
  const locale = resolveLocale(inquiry.answer.locale);
  const [t, snapshot] = await Promise.all([
    translatorFor(locale),
    inquiry.answer.snapshot ? getSnapshot(viewer, inquiry.answer.snapshot.id) : Promise.resolve(null),
  ]);
  const data = answerDocumentData({ inquiry, text: inquiry.answer.text, snapshot }, locale, t);
  return { ok: true, data, locale, t, number: inquiry.number, id: inquiry.id };
}
