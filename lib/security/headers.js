// Security headers sent with every response (wired in next.config.js `headers()`).
// A plain .js ES module because next.config.js imports it before any TypeScript is compiled.

/**
 * Content-Security-Policy.
 * - script-src: pages get a fresh nonce per request from proxy.ts, and Next.js puts it on its
 *   own inline and bundle scripts; 'strict-dynamic' lets those scripts load the page's chunks.
 *   No inline script runs without the nonce, so injected markup cannot run script. Responses
 *   that are not pages (files, JSON, next-auth's endpoints) get no nonce and allow no inline
 *   script at all.
 * - style-src 'unsafe-inline': React and recharts set inline style attributes, which a nonce
 *   cannot cover (and a nonce in style-src would make browsers ignore 'unsafe-inline').
 * - Everything else only from this origin: the portal loads no third-party content
 *   (fonts are self-hosted, the map is rendered from bundled geodata).
 * - 'unsafe-eval' only in development, where React's dev tools need it.
 * @param {{ development?: boolean, nonce?: string }} [options]
 */
export function contentSecurityPolicy({ development = false, nonce } = {}) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * HSTS: sent by proxy.ts and the next-auth route only on requests that came over
 * HTTPS (lib/auth/cookies.ts), so it cannot be a static header here. One year, as browsers'
 * preload lists expect; subdomains included, since the portal's host serves nothing else.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** @returns {Promise<Array<{ source: string, headers: Array<{ key: string, value: string }> }>>} */
export async function securityHeaders({ development = process.env.NODE_ENV === "development" } = {}) {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        // Old browsers ignore frame-ancestors; both say "never inside a frame" (clickjacking).
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      ],
    },
  ];
}
