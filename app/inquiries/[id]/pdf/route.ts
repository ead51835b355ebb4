// The answer to a deputies' inquiry as a PDF, in the answer's language, with the embedded font.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { loadAnswerExport } from "@/lib/inquiries/export";
import { attachment } from "@/lib/pdf/format";
import { renderAnswerPdf } from "@/lib/pdf/render";
import { refusal } from "@/lib/pdf/refusal";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadAnswerExport(await getCurrentUser(), (await params).id);
  if (!loaded.ok) return refusal(loaded.status, await getTranslations("errors"));
  const pdf = await renderAnswerPdf(loaded);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`${loaded.number}.pdf`, `inquiry-${loaded.id}.pdf`),
      "Cache-Control": "private, no-store",
    },
  });
}
