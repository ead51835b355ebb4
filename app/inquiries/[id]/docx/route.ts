// The answer to a deputies' inquiry as a Word document, in the answer's language.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { answerDocx } from "@/lib/inquiries/docx";
import { loadAnswerExport } from "@/lib/inquiries/export";
import { attachment } from "@/lib/pdf/format";
import { refusal } from "@/lib/pdf/refusal";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadAnswerExport(await getCurrentUser(), (await params).id);
  if (!loaded.ok) return refusal(loaded.status, await getTranslations("errors"));
  const docx = await answerDocx(loaded.data, loaded.locale);
  return new Response(new Uint8Array(docx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": attachment(`${loaded.number}.docx`, `inquiry-${loaded.id}.docx`),
      "Cache-Control": "private, no-store",
    },
  });
}
