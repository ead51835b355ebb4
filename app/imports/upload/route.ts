// Upload of an import spreadsheet. A route handler rather than a server action: a
// server action's body is read before any of our code runs, so the 50 MB an import needs would
// be open to every visitor of every page with an action. Here the session, the permission
// `import.run` and the declared size are checked BEFORE a byte of the body is read, and no more
// than the limit is ever read, whatever the size the client declared; every other
// request of the portal keeps the 1 MB limit of next.config.js. proxy.ts does not run on this
// path (it would buffer the body), so this handler is its own gate.
import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { allows } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/db/unavailable";
import { runAction, validate } from "@/lib/forms/run-action";
import { DomainError, type ActionState } from "@/lib/forms/state";
import { MAX_FILE_BYTES, MAX_FILE_MB } from "@/lib/imports/limits";
import { createImportJob } from "@/lib/imports/mutations";
import { fileTooLargeText } from "@/lib/imports/upload-text";
import { readBoundedBody } from "@/lib/http/bounded-body";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { fileProblem, uploadSchema } from "@/lib/imports/schema";

/** Room for the multipart envelope and the `kind` field around the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const reply = (state: ActionState & { text?: string }, status: number) => NextResponse.json(state, { status, headers: { "Cache-Control": "no-store" } });

/**
 * 413, with the limit in the reader's language as well as the code the upload form translates:
 * a client posting directly (a script, curl) reads the sentence.
 */
function tooLarge(request: NextRequest) {
  const text = fileTooLargeText(request.cookies.get(LOCALE_COOKIE)?.value, MAX_FILE_MB);
  return reply({ ok: false, errors: { file: ["fileTooLarge"] }, params: { maxMb: MAX_FILE_MB }, message: "invalidInput", text }, 413);
}

/** Same-origin only, as Next.js checks server actions: a form on another site must not upload. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
}

export async function POST(request: NextRequest) {
  const user = await getCurrentUser().catch((error: unknown) => {
    if (error instanceof ServiceUnavailableError) return "unavailable" as const;
    throw error;
  });
  if (user === "unavailable") return reply({ ok: false, message: "unavailable" }, 503);
  if (!user) return reply({ ok: false, message: "unauthenticated" }, 401);
  if (!allows(user, "import.run") || !sameOrigin(request)) return reply({ ok: false, message: "forbidden" }, 403);
  // A declared size over the limit is refused before a byte is read. A body without one (chunked)
  // or longer than declared is read only up to the limit: it answered 411, or 500 "Unexpected
  // end of form", before.
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_FILE_BYTES + FORM_OVERHEAD_BYTES) return tooLarge(request);
  const body = await readBoundedBody(request.body, MAX_FILE_BYTES + FORM_OVERHEAD_BYTES).catch(() => null);
  if (body === "tooLarge") return tooLarge(request);

  let form: FormData;
  try {
    if (!body) throw new Error("body not read");
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return reply({ ok: false, errors: { file: ["fileRequired"] }, message: "invalidInput" }, 400);
  }
  const kind = String(form.get("kind") ?? "");
  const outcome = await runAction(async (actor) => {
    const { kind: checked } = validate(uploadSchema, { kind: form.get("kind") ?? undefined });
    const file = form.get("file");
    const upload = file instanceof File ? file : null;
    const problem = fileProblem(upload);
    if (problem) throw new DomainError(problem.code, "file", problem.params);
    const id = await createImportJob(actor, checked, { name: upload!.name, bytes: new Uint8Array(await upload!.arrayBuffer()) });
    return id;
  });
  if (!outcome.ok) return reply({ ...outcome.state, values: { kind } }, outcome.state.message === "invalidInput" ? 422 : 400);
  revalidatePath("/imports");
  return reply({ ok: true, message: "uploaded", data: { id: outcome.value } }, 201);
}

/** Nothing to read here; a signed-out visitor is told so like everywhere else. */
export async function GET() {
  const user = await getCurrentUser().catch(() => null);
  return reply({ ok: false, message: user ? "notFound" : "unauthenticated" }, user ? 405 : 401);
}
