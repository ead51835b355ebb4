// The signed-in user for server components, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { ServiceUnavailableError } from "@/lib/db/unavailable";
import { can, type Action } from "./permissions";
import { secureCookiesFor } from "./cookies";
import { authOptionsFor } from "./options";
import type { SessionUser } from "./queries";
import { safeRedirectPath, unavailablePath } from "./redirect-target";

/**
 * The user of this request, or null when signed out or when the session no longer holds.
 * getServerSession runs authOptions' `jwt` callback, which re-reads the user from the database
 * (findActiveSessionUser): inactive accounts and tokens with an old sessionVersion give null,
 * and role and region are the database's current ones, not the token's. Cached per request so
 * a page, its loaders and its components share one database read.
 * Throws ServiceUnavailableError when the database could not be reached to check the session
 * (docs/architecture.md): that is not "signed out", and the session cookie is left alone.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptionsFor(secureCookiesFor(await headers())));
  if (session?.unavailable) throw new ServiceUnavailableError();
  const user = session?.user;
  if (!user || typeof user.id !== "number" || !user.role) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    regionId: user.regionId ?? null,
    sessionVersion: user.sessionVersion,
  };
});

/** Where a page sends its reader during a database outage: a 503 page (app/unavailable/route.ts). */
export { unavailablePath };

/**
 * The page guard: the user of this request, who may do every action named (in any region; the
 * page narrows to one with allows()). Signed-out visitors are sent to the sign-in page and come
 * back to the page they asked for; a role without the permission gets the 403 page
 * (app/forbidden.tsx). For pages; server actions return an error state instead (runAction) and
 * route handlers a refusal (lib/http/route-access.ts).
 */
export async function requireUser(...actions: Action[]): Promise<SessionUser> {
  const path = (await headers()).get("x-portal-path");
  let user: SessionUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    if (error instanceof ServiceUnavailableError) redirect(unavailablePath(path));
    throw error;
  }
  if (user) {
    if (!actions.every((action) => can(user.role, action))) forbidden();
    return user;
  }
  const back = safeRedirectPath(path);
  redirect(back === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(back)}`);
}
