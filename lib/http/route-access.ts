// The one gate of route handlers (file downloads, the import poller). proxy.ts is not an
// authorization layer: every handler checks the session and the permission table itself, here,
// and refuses in one shape: the HTTP status and a sentence in the reader's language (text/plain,
// never cached, never a stack trace), so a person who follows a stale link and a script alike
// read why. The upload route answers its form with an action state instead (app/imports/upload).
import "server-only";
import { getTranslations } from "next-intl/server";
import { isAuthorizationError, requirePermission, type Action } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { ServiceUnavailableError } from "@/lib/db/unavailable";

const STATUS = { invalid: 400, unauthenticated: 401, forbidden: 403, notFound: 404, unavailable: 503 } as const;
export type RefusalReason = keyof typeof STATUS;

/** A refusal: the status of `reason` and `message`, or the reason's own sentence (messages' errors.*). */
export async function refusal(reason: RefusalReason, message?: string): Promise<Response> {
  const text = message ?? (await getTranslations("errors"))(reason);
  return new Response(text, { status: STATUS[reason], headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export type RouteAccess = { ok: true; user: SessionUser; scope: { regionId: number | null } } | { ok: false; response: Response };

/** The signed-in user who may do `action` (the region the grant allows in `scope`), or the refusal to return. */
export async function routeAccess(action: Action): Promise<RouteAccess> {
  let user: SessionUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    if (error instanceof ServiceUnavailableError) return { ok: false, response: await refusal("unavailable") };
    throw error;
  }
  try {
    const scope = requirePermission(user, action);
    return { ok: true, user: user!, scope };
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    return { ok: false, response: await refusal(error.code === "unauthenticated" ? "unauthenticated" : "forbidden") };
  }
}
