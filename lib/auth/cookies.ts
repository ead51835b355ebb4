// Shared by authOptions and proxy.ts: both must agree on the session cookie's name, which
// next-auth prefixes with "__Secure-" when cookies are secure.

/** Secure cookies whenever the portal is served over HTTPS (NEXTAUTH_URL says where). */
export function secureCookiesEnabled(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}
