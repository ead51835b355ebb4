// Next.js 16 Proxy (the former middleware): sends signed-out visitors to the sign-in page.
// It decides NOTHING about permissions, and is not even the last word on sign-in: pages call
// requireUser(), and every server action and route handler checks the session and
// lib/auth/permissions.ts itself (the Next.js docs warn that Proxy can be skipped, e.g. by a
// matcher change, so authorization must never depend on it).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { secureCookiesEnabled } from "@/lib/auth/cookies";

/** Reachable without a session: the sign-in page itself (next-auth's own routes are unmatched). */
const PUBLIC_PATHS = ["/sign-in"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

async function signedIn(request: NextRequest): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return false;
  try {
    // Verifies the signature and expiry of the session JWT; the database check (deactivated
    // users, bumped sessionVersion) happens in getCurrentUser, where the database is at hand.
    return (await getToken({ req: request, secret, secureCookie: secureCookiesEnabled() })) !== null;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublic(pathname)) return NextResponse.next();

  if (!(await signedIn(request))) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    }
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }

  // Lets requireUser() send a user whose session was revoked back to the same page after sign-in.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-portal-path", pathname + search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: [
    // Everything except next-auth's endpoints, Next.js build output and image optimisation,
    // and images and fonts from public/ (data files such as .json or .csv stay covered).
    "/((?!api/auth(?:/|$)|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?|ttf)$).*)",
  ],
};
