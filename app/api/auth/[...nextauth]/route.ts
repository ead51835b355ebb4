// next-auth 4's endpoints (/api/auth/csrf, /callback/credentials, /session, /signout, …).
// Wrapped so that, per request:
// - cookies are Secure when the request came over HTTPS, directly or through a trusted proxy
//   (lib/auth/cookies.ts), and such answers carry HSTS (proxy.ts does not run on these routes);
// - a sign-in refused by the client-address limit or the password-check ceiling answers 429,
//   and one refused because the database is down answers 503 (next-auth itself would say 200,
//   with the code in the reply's URL; the form translates the code: lib/auth/sign-in-errors.ts).
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { secureCookiesFor } from "@/lib/auth/cookies";
import { authOptionsFor } from "@/lib/auth/options";
import { signInErrorStatus } from "@/lib/auth/sign-in-errors";
import { STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers.js";

type Context = { params: Promise<{ nextauth: string[] }> };

/** The `error` code of next-auth's JSON reply `{ url }`, if it carries one. */
async function errorCode(response: Response): Promise<string | null> {
  if (!response.headers.get("content-type")?.includes("application/json")) return null;
  try {
    const { url } = (await response.clone().json()) as { url?: unknown };
    return typeof url === "string" ? new URL(url, "http://portal.invalid").searchParams.get("error") : null;
  } catch {
    return null;
  }
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const secure = secureCookiesFor(request.headers);
  const response = (await NextAuth(request, context, authOptionsFor(secure))) as Response;
  const status = request.method === "POST" ? signInErrorStatus(await errorCode(response)) : null;
  const headers = new Headers(response.headers);
  if (secure) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  if (status === 429 || status === 503) headers.set("Retry-After", status === 429 ? "60" : "30");
  return new Response(response.body, { status: status ?? response.status, statusText: status ? "" : response.statusText, headers });
}

export { handler as GET, handler as POST };
