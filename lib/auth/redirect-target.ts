// Where to send a user after sign-in: a callbackUrl from the query string, or any
// other redirect target a request carries, must never lead off-site. No I/O: the sign-in page,
// the sign-in form, next-auth's redirect callback and requireUser all use this one function.
//
// Prefix checks ("starts with / but not //") are what failed here: browsers and the WHATWG URL
// parser drop TAB, LF and CR anywhere in a URL and read "\" as "/", so "/\t/evil.example" and
// "/\\evil.example" pass a prefix check and still mean "//evil.example". So the value is PARSED
// the way the browser will parse it, against our own origin, and accepted only when the result
// is still our origin; what is returned is the parser's normalised path (CR/LF are gone or
// percent-encoded, so the value is also safe in a Location header).

/** Used when the caller does not know the real origin: any value only needs a fixed base. */
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

/** The path that a redirect to `value` may use, or "/" when `value` would leave `origin`. */
export function safeRedirectPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN, options: { allowSignIn?: boolean } = {}): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  const path = target.pathname + target.search + target.hash;
  // "http://portal//evil.example" parses as our origin with the path "//evil.example", which a
  // browser reads as another host when it is used as a relative URL: never hand that back.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  // Back to the sign-in page would loop (and carry a second callbackUrl along).
  if (!options.allowSignIn && (target.pathname === "/sign-in" || target.pathname.startsWith("/sign-in/"))) return "/";
  return path;
}

/**
 * Where a page sends its reader when the database cannot answer (an outage, or a read cut short
 * by its time limits): the 503 page (app/unavailable/route.ts), whose "try again" leads back.
 */
export function unavailablePath(from: string | null): string {
  const back = safeRedirectPath(from);
  return back === "/" ? "/unavailable" : `/unavailable?from=${encodeURIComponent(back)}`;
}
