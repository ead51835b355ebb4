// The answer to a deputies' inquiry as a Word document, in the answer's language.
import { refusal, routeAccess } from "@/lib/http/route-access";
import { answerDocx } from "@/lib/inquiries/docx";
import { loadAnswerExport } from "@/lib/inquiries/export";
import { attachment } from "@/lib/pdf/format";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await routeAccess("inquiry.read");
  if (!access.ok) return access.response;
  const loaded = await loadAnswerExport(access.user, (await params).id);
  if (!loaded.ok) return refusal("notFound");
  const docx = await answerDocx(loaded.data, loaded.locale);
  return new Response(new Uint8Array(docx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": attachment(`${loaded.number}.docx`, `inquiry-${loaded.id}.docx`),
      "Cache-Control": "private, no-store",
    },
  });
}
