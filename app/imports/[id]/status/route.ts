// GET /imports/:id/status — the job's progress for the page's poller (every second or two).
// Any instance answers: the progress is in the database, written by whichever worker runs the job.
import { NextResponse } from "next/server";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { getImportProgress } from "@/lib/imports/queries";
import { jobIdSchema } from "@/lib/imports/schema";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await routeAccess("import.run");
  if (!access.ok) return access.response;
  const id = jobIdSchema.safeParse((await params).id);
  const progress = id.success ? await getImportProgress(access.scope, id.data) : null;
  if (!progress) return refusal("notFound");
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}
