// next-auth 4 configuration: e-mail + password, JWT sessions.
// Every read of the session (getServerSession on the server, /api/auth/session from the
// browser) runs the `jwt` callback, which re-reads the user from the database: a deactivated
// user, or one whose sessionVersion was bumped, loses the session on the next request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { requestNetwork, readHeader } from "./client-address";
import { secureCookiesEnabled } from "./cookies";
import { recordSignOut } from "./mutations";
import { findActiveSessionUser } from "./queries";
import { safeRedirectPath } from "./redirect-target";
import { authenticate } from "./sign-in";
import { encodeLocked, SIGN_IN_ERROR } from "./sign-in-errors";

/** Thrown by the jwt callback; next-auth then clears the cookie and the session is gone. */
class SessionRevokedError extends Error {
  constructor() {
    super("Session revoked");
    this.name = "SessionRevokedError";
  }
}

type Headerish = Parameters<typeof readHeader>[0];

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // A working day: officials sign in in the morning; a stolen cookie is not good forever.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  // Per request in practice: the route handler and getCurrentUser pass authOptionsFor(headers).
  useSecureCookies: secureCookiesEnabled(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        // next-auth 4 hands authorize() the request's headers as a plain object; the socket's
        // peer comes from the header patches/next+16.4.6.patch sets (lib/auth/client-address.ts).
        const headers = request?.headers as Headerish;
        const result = await authenticate(
          { email: credentials?.email, password: credentials?.password },
          { ip: requestNetwork(headers).address, userAgent: readHeader(headers, "user-agent") },
        );
        // next-auth 4 puts the message of an error thrown here into `?error=`; the sign-in
        // form translates it (lib/auth/sign-in-errors.ts), and the route handler turns the
        // limits into 429 and an outage into 503 (app/api/auth/[...nextauth]/route.ts).
        if (!result.ok) throw new Error(result.code === "locked" ? encodeLocked(result.lockedUntil) : SIGN_IN_ERROR[result.code]);
        const { user } = result;
        return { id: String(user.id), uid: user.id, name: user.name, email: user.email, role: user.role, regionId: user.regionId, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return { ...token, uid: user.uid, role: user.role, regionId: user.regionId, sessionVersion: user.sessionVersion, name: user.name };
      }
      if (typeof token.uid !== "number" || typeof token.sessionVersion !== "number") throw new SessionRevokedError();
      let current;
      try {
        current = await findActiveSessionUser({ id: token.uid, sessionVersion: token.sessionVersion });
      } catch (error) {
        // An outage must not end the session (a thrown error here makes next-auth
        // clear the cookie). The token is kept as it was, marked so that getCurrentUser answers
        // "service unavailable" (503) instead of trusting it unchecked.
        if (isDatabaseUnavailable(error)) return { ...token, unavailable: true };
        throw error;
      }
      if (!current) throw new SessionRevokedError();
      // Name may change without ending the session; role and region changes bump sessionVersion.
      const { unavailable: _unavailable, ...checked } = token;
      return { ...checked, name: current.name, email: current.email, role: current.role, regionId: current.regionId };
    },
    // Every redirect next-auth makes (callbackUrl after sign-in, sign-out) stays on this origin
    // (lib/auth/redirect-target.ts). The sign-in page is allowed here: sign-out goes there.
    async redirect({ url, baseUrl }) {
      return new URL(safeRedirectPath(url, baseUrl, { allowSignIn: true }), baseUrl).toString();
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid as number,
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role!,
        regionId: token.regionId ?? null,
        sessionVersion: token.sessionVersion as number,
      };
      if (token.unavailable) session.unavailable = true;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.uid !== "number") return;
      try {
        await recordSignOut(token.uid);
      } catch (error) {
        console.error("Could not write the sign-out audit event", error instanceof Error ? error.message : error);
      }
    },
  },
  logger: {
    error(code, metadata) {
      // A revoked session is expected (deactivation, password reset), not an error to page anyone for.
      const cause = (metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error) as
        | { name?: string; message?: string }
        | undefined;
      if (code === "JWT_SESSION_ERROR" && cause?.name === "SessionRevokedError") return;
      // Only the message: metadata can hold request data, and nothing here may print credentials.
      console.error(`[next-auth] ${code}`, cause?.message ?? "");
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};

/** The options for one request: secure cookies when it came over HTTPS (lib/auth/cookies.ts). */
export function authOptionsFor(secure: boolean): NextAuthOptions {
  return secure === authOptions.useSecureCookies ? authOptions : { ...authOptions, useSecureCookies: secure };
}
