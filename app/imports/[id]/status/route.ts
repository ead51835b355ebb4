// GET /imports/:id/status — the job's progress for the page's poller (every second or two).
// Any instance answers: the progress is in the database, written by whichever worker runs the job.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isAuthorizationError, requirePermission } from "@/lib/auth/permissions";
import { getImportProgress } from "@/lib/imports/queries";
import { jobIdSchema } from "@/lib/imports/schema";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  let scope: { regionId: number | null };
  try {
    scope = requirePermission(await getCurrentUser(), "import.run");
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    return NextResponse.json({ error: error.code }, { status: error.code === "unauthenticated" ? 401 : 403 });
  }
  const id = jobIdSchema.safeParse((await params).id);
  const progress = id.success ? await getImportProgress(scope, id.data) : null;
  if (!progress) return NextResponse.json({ error: "notFound" }, { status: 404 });
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}
