// Shared by authOptions, getCurrentUser and proxy.ts: all three must agree on the session
// cookie's name, which next-auth prefixes with "__Secure-" when cookies are secure.
import { requestNetwork, type HeaderSource } from "./client-address";

/** Secure cookies whenever NEXTAUTH_URL says the portal is served over HTTPS. */
export function secureCookiesEnabled(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}

/**
 * Secure cookies (and HSTS) for this request: NEXTAUTH_URL is https, or a proxy
 * listed in TRUSTED_PROXIES terminated TLS and says so with X-Forwarded-Proto: https. An
 * X-Forwarded-Proto from anyone else is ignored.
 */
export function secureCookiesFor(headers: HeaderSource): boolean {
  return requestNetwork(headers).https;
}
