// The signed-in user for server components, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import type { SessionUser } from "./queries";

/**
 * The user of this request, or null when signed out or when the session no longer holds.
 * getServerSession runs authOptions' `jwt` callback, which re-reads the user from the database
 * (findActiveSessionUser): inactive accounts and tokens with an old sessionVersion give null,
 * and role and region are the database's current ones, not the token's. Cached per request so
 * a page, its loaders and its components share one database read.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
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

/**
 * The user of this request; signed-out visitors are sent to the sign-in page and come back to
 * the page they asked for. For pages; server actions should return an error state instead.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-portal-path");
  redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in");
}
