// What the portal keeps in next-auth's JWT and session (lib/auth/options.ts).
import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    uid: number;
    role: Role;
    regionId: number | null;
    sessionVersion: number;
  }
  interface Session {
    user: { id: number; name: string; email: string; role: Role; regionId: number | null; sessionVersion: number };
    /** The database could not be reached to re-check the session: answer 503. */
    unavailable?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    regionId?: number | null;
    sessionVersion?: number;
    unavailable?: boolean;
  }
}
