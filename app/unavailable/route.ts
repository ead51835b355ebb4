// "Service temporarily unavailable" with HTTP 503 (docs/architecture.md): requireUser sends a
// reader here when the database cannot be reached to check the session. Public (proxy.ts): it reads
// no session and no database, and the reader's session cookie is left untouched.
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/http/unavailable-page";
import type { NextRequest } from "next/server";

export function GET(request: NextRequest) {
  const html = unavailablePage(request.cookies.get(LOCALE_COOKIE)?.value, request.nextUrl.searchParams.get("from"));
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}
