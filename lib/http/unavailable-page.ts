// The "service temporarily unavailable" page (docs/architecture.md), served with HTTP 503 by
// app/unavailable/route.ts while the database cannot be reached. A plain HTML string rather
// than a React page: the App Router cannot give a page any status but 200/404/403/401, and this
// page must render without the database (no session, no layout that reads the user). It names
// no host, port or error: only what the reader can do. No I/O.
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { resolveLocale } from "@/lib/i18n/config";
import { safeRedirectPath } from "@/lib/auth/redirect-target";

const catalogues = { ru, kk, en };

/** Seconds the reader (and any proxy) should wait before asking again. */
export const RETRY_AFTER_SECONDS = 30;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page in the reader's language; "try again" leads back to `from` when it is one of ours. */
export function unavailablePage(localeCookie: string | null | undefined, from: string | null | undefined): string {
  const locale = resolveLocale(localeCookie);
  const t = catalogues[locale].unavailable;
  const back = escapeHtml(safeRedirectPath(from));
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 0; background: #f8fafc; color: #0f172a">
<main style="max-width: 36rem; margin: 4rem auto; padding: 2rem; background: #fff; border: 1px solid #e2e8f0; border-radius: 0.5rem">
<h1 style="margin-top: 0; color: #1e3a8a">${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.text)}</p>
<p><a href="${back}" style="color: #1d4ed8; font-weight: 600">${escapeHtml(t.retry)}</a></p>
</main>
</body>
</html>
`;
}
