// next-auth 4 configuration (issue 3): e-mail + password, JWT sessions.
// Every read of the session (getServerSession on the server, /api/auth/session from the
// browser) runs the `jwt` callback, which re-reads the user from the database: a deactivated
// user, or one whose sessionVersion was bumped, loses the session on the next request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { secureCookiesEnabled } from "./cookies";
import { recordSignOut } from "./mutations";
import { findActiveSessionUser } from "./queries";
import { authenticate } from "./sign-in";
import { encodeLocked, SIGN_IN_ERROR } from "./sign-in-errors";

/** Thrown by the jwt callback; next-auth then clears the cookie and the session is gone. */
class SessionRevokedError extends Error {
  constructor() {
    super("Session revoked");
    this.name = "SessionRevokedError";
  }
}

function header(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // A working day: officials sign in in the morning; a stolen cookie is not good forever.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  useSecureCookies: secureCookiesEnabled(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const forwarded = header(request?.headers, "x-forwarded-for");
        const result = await authenticate(
          { email: credentials?.email, password: credentials?.password },
          { ip: forwarded?.split(",")[0]?.trim() ?? null, userAgent: header(request?.headers, "user-agent") },
        );
        // next-auth 4 puts the message of an error thrown here into `?error=`; the sign-in
        // form translates it (lib/auth/sign-in-errors.ts).
        if (!result.ok) {
          throw new Error(result.code === "locked" ? encodeLocked(result.lockedUntil) : SIGN_IN_ERROR.invalidCredentials);
        }
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
      const current = await findActiveSessionUser({ id: token.uid, sessionVersion: token.sessionVersion });
      if (!current) throw new SessionRevokedError();
      // Name may change without ending the session; role and region changes bump sessionVersion.
      return { ...token, name: current.name, email: current.email, role: current.role, regionId: current.regionId };
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
