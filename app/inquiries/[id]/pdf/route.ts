// The answer to a deputies' inquiry as a PDF, in the answer's language, with the embedded font.
import { refusal, routeAccess } from "@/lib/http/route-access";
import { loadAnswerExport } from "@/lib/inquiries/export";
import { attachment } from "@/lib/pdf/format";
import { renderAnswerPdf } from "@/lib/pdf/render";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await routeAccess("inquiry.read");
  if (!access.ok) return access.response;
  const loaded = await loadAnswerExport(access.user, (await params).id);
  if (!loaded.ok) return refusal("notFound");
  const pdf = await renderAnswerPdf(loaded);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`${loaded.number}.pdf`, `inquiry-${loaded.id}.pdf`),
      "Cache-Control": "private, no-store",
    },
  });
}
