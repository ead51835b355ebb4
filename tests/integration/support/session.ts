// Who is signed in, for integration tests that call server actions and queries as the app does.
// The app asks @/lib/auth/session (which needs a Next.js request); a test file replaces it, and the
// Next.js modules an action touches after its work, with the contents below, one line each:
//
//   vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
//   vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
//   vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));
//   import { session } from "./support/session";
//   …
//   session.user = akimat; // getCurrentUser() now answers akimat
//
// vi.mock is hoisted above the file's imports and cannot see its variables, so the factory imports
// this module; the file's own import gets the same instance (one module graph per test file, so
// the state starts as null in every file). Hence this module must not import any module it stands
// in for. A file's own special cases (more Next.js modules, another redirect) stay in that file.
import type { Actor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/queries";

/** What getCurrentUser answers: role, region and id are what permissions read; the rest is optional. */
export type SignedIn = Actor & Partial<SessionUser>;

/** The signed-in user of the "request"; null = signed out. Tests set it. */
export const session: { user: SignedIn | null } = { user: null };

/** Thrown by the fake redirect(): the message says where to (`REDIRECT /projects/1`), so does `url`. */
export class RedirectError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`REDIRECT ${url}`);
    this.url = url;
  }
}

function redirect(url: string): never {
  throw new RedirectError(url);
}

/** @/lib/auth/session. requireUser, a page guard, sends a signed-out user to the sign-in page. */
export const sessionModule = {
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user ?? redirect("/sign-in"),
};

/** next/cache: nothing to revalidate outside Next.js. */
export const cacheModule = { revalidatePath: () => {} };

/** next/navigation: redirect() ends the action by throwing, as in Next.js. */
export const navigationModule = { redirect };
