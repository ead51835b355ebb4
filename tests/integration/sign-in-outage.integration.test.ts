// A database outage is not "signed out". With the database stopped (here: a port
// where no PostgreSQL listens, as after a stop), sign-in answers 503 with a translated code and
// no connection detail, a session cookie is kept (next-auth is not told to clear it), pages send
// the reader to the 503 page, and that page is translated. The real database is not touched.
import net from "node:net";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it, vi } from "vitest";

const current = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
const cookieStore = () => ({
  getAll: () => [...current.cookies].map(([name, value]) => ({ name, value })),
  get: (name: string) => (current.cookies.has(name) ? { name, value: current.cookies.get(name)! } : undefined),
});
// Our modules import next/headers as ES modules (vi.mock); next-auth requires it (patched below).
vi.mock("next/headers", () => ({ headers: async () => current.headers, cookies: async () => cookieStore() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => current.headers;
nextHeaders.cookies = async () => cookieStore();

/** A port nothing listens on: the database is down. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const realUrl = process.env.DATABASE_URL;
const port = await deadPort();
process.env.DATABASE_URL = `postgresql://portal:secret@127.0.0.1:${port}/roadmap`;
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.NEXTAUTH_URL = "http://portal.test";
// Both pools' clients (lib/db/client.ts) are made anew on the dead port.
const globals = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; prismaRead?: { pages: { $disconnect(): Promise<void> } } };
const previousClient = globals.prisma;
const previousReadClient = globals.prismaRead;
delete globals.prisma;
delete globals.prismaRead;

const { NextRequest } = await import("next/server");
const { decode, encode } = await import("next-auth/jwt");
const { authenticate } = await import("@/lib/auth/sign-in");
const { getCurrentUser, requireUser } = await import("@/lib/auth/session");
const { ServiceUnavailableError } = await import("@/lib/db/unavailable");
const route = await import("@/app/api/auth/[...nextauth]/route");
const unavailable = await import("@/app/unavailable/route");
const ru = (await import("@/messages/ru.json")).default;
const kk = (await import("@/messages/kk.json")).default;

afterAll(async () => {
  await globals.prisma?.$disconnect();
  await globals.prismaRead?.pages.$disconnect();
  if (previousClient) globals.prisma = previousClient;
  else delete globals.prisma;
  if (previousReadClient) globals.prismaRead = previousReadClient;
  else delete globals.prismaRead;
  process.env.DATABASE_URL = realUrl;
});

async function call(method: "GET" | "POST", path: string, form?: Record<string, string>) {
  const headers = new Headers({ host: "portal.test", "x-portal-peer-address": "198.51.100.3" });
  if (current.cookies.size) headers.set("cookie", [...current.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; "));
  if (form) headers.set("content-type", "application/x-www-form-urlencoded");
  current.headers = headers;
  const request = new NextRequest(`http://portal.test${path}`, { method, headers, body: form ? new URLSearchParams(form).toString() : undefined });
  const nextauth = path.replace(/^\/api\/auth\//, "").split("?")[0]!.split("/");
  const response = await route[method](request, { params: Promise.resolve({ nextauth }) });
  for (const cookie of response.headers.getSetCookie()) {
    const [name, ...value] = cookie.split(";")[0]!.split("=");
    current.cookies.set(name!, decodeURIComponent(value.join("=")));
  }
  return response;
}

async function sessionCookie() {
  const token = await encode({
    secret: process.env.NEXTAUTH_SECRET!,
    token: { uid: 7, sessionVersion: 0, role: "ANALYST", regionId: null, name: "Analyst", email: "analyst@roadmap.demo" },
  });
  current.cookies.clear();
  current.cookies.set("next-auth.session-token", token);
  return token;
}

describe("while the database is down", () => {
  it("sign-in answers 'unavailable' (503 over REST) and names no host or port", async () => {
    expect(await authenticate({ email: "analyst@roadmap.demo", password: "Roadmap-2020!" }, { ip: "198.51.100.3" })).toEqual({ ok: false, code: "unavailable" });
    current.cookies.clear();
    const csrf = (await (await call("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await call("POST", "/api/auth/callback/credentials", { email: "analyst@roadmap.demo", password: "Roadmap-2020!", csrfToken: csrf.csrfToken, json: "true" });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(new URL((JSON.parse(text) as { url: string }).url).searchParams.get("error")).toBe("unavailable");
    expect(text).not.toContain("127.0.0.1");
    expect(text).not.toContain(String(port));
  });

  it("keeps the session: next-auth's session endpoint does not clear the cookie", async () => {
    const token = await sessionCookie();
    const response = await call("GET", "/api/auth/session");
    const cleared = response.headers.getSetCookie().filter((c) => c.startsWith("next-auth.session-token=") && /(Max-Age=0|Expires=Thu, 01 Jan 1970)/i.test(c));
    expect(cleared).toEqual([]);
    // Still a session of the same user (next-auth may re-issue it with a later expiry).
    const kept = await decode({ secret: process.env.NEXTAUTH_SECRET!, token: current.cookies.get("next-auth.session-token") });
    expect(kept).toMatchObject({ uid: 7, sessionVersion: 0 });
    expect(token).toBeTruthy();
  });

  it("pages send the reader to the 503 page (not to sign-in) and remember where they were", async () => {
    await sessionCookie();
    current.headers = new Headers({ cookie: `next-auth.session-token=${current.cookies.get("next-auth.session-token")}`, "x-portal-path": "/projects?region=11" });
    await expect(getCurrentUser()).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(requireUser()).rejects.toThrow(`REDIRECT /unavailable?from=${encodeURIComponent("/projects?region=11")}`);
  });

  it("the 503 page is translated and says when to come back", async () => {
    const request = new NextRequest("http://portal.test/unavailable?from=%2Fprojects", { headers: { cookie: "NEXT_LOCALE=kk" } });
    const response = unavailable.GET(request);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBeTruthy();
    const html = await response.text();
    expect(html).toContain(kk.unavailable.title);
    expect(html).toContain('href="/projects"');
    const russian = await unavailable.GET(new NextRequest("http://portal.test/unavailable")).text();
    expect(russian).toContain(ru.unavailable.text);
  });
});
