// The gate of route handlers (lib/http/route-access.ts): a signed-out visitor, a role without
// the permission and a database outage are each refused with their status and a sentence in the
// reader's language, as text/plain that is never cached; a permitted user gets the grant's region.
import { beforeEach, describe, expect, it, vi } from "vitest";
import ru from "@/messages/ru.json";
import { ServiceUnavailableError } from "@/lib/db/unavailable";

const session = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => {
    if (session.current instanceof Error) throw session.current;
    return session.current;
  },
}));
// The reader's language is Russian here; the sentences are the catalogue's own.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => (ru as unknown as Record<string, Record<string, string>>)[namespace]![key],
}));

const { refusal, routeAccess } = await import("@/lib/http/route-access");

const user = (role: string, regionId: number | null) => ({ id: 7, email: "u@example.kz", name: "U", role, regionId, sessionVersion: 1 });

async function refused(result: Awaited<ReturnType<typeof routeAccess>>) {
  expect(result.ok).toBe(false);
  const { response } = result as { ok: false; response: Response };
  expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  return { status: response.status, text: await response.text() };
}

describe("routeAccess", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("refuses a signed-out visitor with 401 and says why", async () => {
    expect(await refused(await routeAccess("inquiry.read"))).toEqual({ status: 401, text: ru.errors.unauthenticated });
  });

  it("refuses a role the permission table does not allow with 403", async () => {
    session.current = user("AKIMAT", 3);
    expect(await refused(await routeAccess("inquiry.read"))).toEqual({ status: 403, text: ru.errors.forbidden });
    session.current = user("DEPUTY", null);
    expect(await refused(await routeAccess("personalData.read"))).toEqual({ status: 403, text: ru.errors.forbidden });
  });

  it("answers 503 when the session cannot be checked because the database is down", async () => {
    session.current = new ServiceUnavailableError();
    expect(await refused(await routeAccess("project.read"))).toEqual({ status: 503, text: ru.errors.unavailable });
  });

  it("lets a permitted user through with the region the grant allows", async () => {
    session.current = user("AKIMAT", 3);
    expect(await routeAccess("import.run")).toMatchObject({ ok: true, user: { id: 7 }, scope: { regionId: 3 } });
    session.current = user("ANALYST", null);
    expect(await routeAccess("inquiry.read")).toMatchObject({ ok: true, scope: { regionId: null } });
  });

  it("gives other refusals the same shape, with a sentence of the caller's own when given", async () => {
    const notFound = await refusal("notFound");
    expect([notFound.status, await notFound.text()]).toEqual([404, ru.errors.notFound]);
    const invalid = await refusal("invalid", "Неизвестный формат.");
    expect([invalid.status, await invalid.text(), invalid.headers.get("cache-control")]).toEqual([400, "Неизвестный формат.", "no-store"]);
  });
});
