// Next.js 16 Proxy (the former middleware): sends signed-out visitors to the sign-in page, and
// gives every page its own Content-Security-Policy nonce (lib/security/headers.js).
// It decides NOTHING about permissions, and is not even the last word on sign-in: pages call
// requireUser(), and every server action and route handler checks the session and
// lib/auth/permissions.ts itself (the Next.js docs warn that Proxy can be skipped, e.g. by a
// matcher change, so authorization must never depend on it).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { secureCookiesFor } from "@/lib/auth/cookies";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers.js";

/**
 * Reachable without a session: the sign-in page itself, and the "service unavailable" page
 * (app/unavailable/route.ts), which needs no database. next-auth's own routes are unmatched.
 */
const PUBLIC_PATHS = ["/sign-in", "/unavailable"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

async function signedIn(request: NextRequest, secureCookie: boolean): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return false;
  try {
    // Verifies the signature and expiry of the session JWT; the database check (deactivated
    // users, bumped sessionVersion) happens in getCurrentUser, where the database is at hand.
    return (await getToken({ req: request, secret, secureCookie })) !== null;
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

/**
 * Over HTTPS (NEXTAUTH_URL, or X-Forwarded-Proto from a trusted proxy: lib/auth/cookies.ts) every
 * answer tells the browser to use nothing else (HSTS). Never over plain HTTP, where a
 * browser ignores it anyway and a developer's localhost must not be pinned.
 */
function withTransportSecurity(response: NextResponse, secure: boolean): NextResponse {
  if (secure) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const secure = secureCookiesFor(request.headers);
  if (isPublic(pathname)) return withTransportSecurity(withNonce(request), secure);

  if (!(await signedIn(request, secure))) {
    if (pathname.startsWith("/api/")) {
      return withTransportSecurity(NextResponse.json({ error: "unauthenticated" }, { status: 401 }), secure);
    }
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    return withTransportSecurity(NextResponse.redirect(signIn), secure);
  }

  // x-portal-path lets requireUser() send a user whose session was revoked back to the same
  // page after sign-in.
  return withTransportSecurity(withNonce(request, { "x-portal-path": pathname + search }), secure);
}

export const config = {
  matcher: [
    // Everything except next-auth's endpoints, Next.js build output and image optimisation,
    // images and fonts from public/ (data files such as .json or .csv stay covered), and the
    // spreadsheet upload, whose large body the proxy would buffer (it checks the session itself).
    "/((?!api/auth(?:/|$)|imports/upload$|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?|ttf)$).*)",
  ],
};
