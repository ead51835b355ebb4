// Next.js 16 Proxy (the former middleware): sends signed-out visitors to the sign-in page, and
// gives every page its own Content-Security-Policy nonce (lib/security/headers.js).
// It decides NOTHING about permissions, and is not even the last word on sign-in: pages call
// requireUser(), and every server action and route handler checks the session and
// lib/auth/permissions.ts itself (the Next.js docs warn that Proxy can be skipped, e.g. by a
// matcher change, so authorization must never depend on it).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { secureCookiesEnabled } from "@/lib/auth/cookies";
import { contentSecurityPolicy } from "@/lib/security/headers.js";

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

/** 128 random bits, base64: a new one for every page request (lib/security/headers.js). */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Passes the request on with its page's Content-Security-Policy nonce: Next.js reads the policy
 * from the request to put the nonce on its scripts, and the browser reads it from the response.
 */
function withNonce(request: NextRequest, extra: Record<string, string> = {}): NextResponse {
  const policy = contentSecurityPolicy({ development: process.env.NODE_ENV === "development", nonce: newNonce() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(extra)) requestHeaders.set(name, value);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublic(pathname)) return withNonce(request);

  if (!(await signedIn(request))) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    }
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }

  // x-portal-path lets requireUser() send a user whose session was revoked back to the same
  // page after sign-in.
  return withNonce(request, { "x-portal-path": pathname + search });
}

export const config = {
  matcher: [
    // Everything except next-auth's endpoints, Next.js build output and image optimisation,
    // and images and fonts from public/ (data files such as .json or .csv stay covered).
    "/((?!api/auth(?:/|$)|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?|ttf)$).*)",
  ],
};
