// Pieces shared by the benchmarks that drive the production server over HTTP (bench:dashboard,
// bench:import): start `next start` on a database, sign in through next-auth's own requests,
// drive a page with autocannon and take percentiles, the floor pages, and the machine's CPU.
import os from "node:os";
import autocannon from "autocannon";
import { freePort } from "../db/embedded.ts";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { DEMO_PASSWORD } from "../demo/accounts.ts";
import { ensureBuild, NEXT_BIN } from "./build.ts";
import { portalEnv } from "./env.ts";
import { startGroup, type Managed } from "./processes.ts";

export type Target = { name: string; path: string; signedIn: boolean; expect?: string };
export type Measured = { name: string; path: string; requests: number; p50: number; p95: number; p99: number; errors: number };
/** One response: when its request left (performance.now() of this process), how long it took, whether it was a 2xx. */
export type Sample = { startedAt: number; ms: number; ok: boolean };

export async function waitForHttp(url: string, server: Managed) {
  for (let i = 0; i < 600; i++) {
    if (server.child.exitCode !== null) throw new Error("The web server exited during start-up.");
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web server did not answer at ${url}.`);
}

/**
 * The production build that `npm start` uses (built when missing or older than the sources),
 * served by `next start` on a free port against `databaseUrl`, in its own process group.
 */
export async function startPortal(databaseUrl: string): Promise<{ web: Managed; base: string }> {
  const port = await freePort();
  const env = portalEnv(databaseUrl, port);
  await ensureBuild(env);
  const web = startGroup(process.execPath, [NEXT_BIN, "start", "-p", String(port)], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/sign-in`, web);
  } catch (error) {
    await web.stop();
    throw error;
  }
  return { web, base };
}

/** next-auth's own sign-in requests (csrf, then the credentials callback); returns the cookie header. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(callback);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) throw new Error(`Sign-in of ${email} failed (HTTP ${callback.status}).`);
  return header();
}

/** The floor of page timings: a static asset (no rendering) and the sign-in page (rendering, no data). */
export async function floorTargets(base: string): Promise<{ asset: Target; signInPage: Target }> {
  const signInHtml = await (await fetch(`${base}/sign-in`)).text();
  const asset = /(\/_next\/static\/[^"']+\.css)/.exec(signInHtml)?.[1];
  if (!asset) throw new Error("No static stylesheet found on the sign-in page.");
  return {
    asset: { name: "static asset (floor)", path: asset, signedIn: false },
    signInPage: { name: "sign-in page (floor)", path: "/sign-in", signedIn: false },
  };
}

/** Warm-up, and proof that each page really renders (its `expect` text) for the signed-in user. */
export async function warmUp(base: string, targets: Target[], cookie: string, times = 3) {
  for (const target of targets) {
    for (let i = 0; i < times; i++) {
      const response = await fetch(base + target.path, { headers: target.signedIn ? { cookie } : {}, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200 || (target.expect && !body.includes(target.expect))) {
        throw new Error(`${target.path} answered ${response.status} without the expected content.`);
      }
    }
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * autocannon against one page for `seconds` with `connections` clients; every response is kept
 * with the time its request left, so a caller can keep those of a window (autocannon's summary
 * has no p95 either). `errors` are autocannon's (connection errors, timeouts included).
 */
export async function load(
  base: string,
  target: Target,
  cookie: string,
  options: { connections: number; seconds: number; timeoutSeconds?: number },
): Promise<{ samples: Sample[]; errors: number; timeouts: number }> {
  const samples: Sample[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base + target.path,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds ?? 10,
        headers: target.signedIn ? { cookie } : {},
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      samples.push({ startedAt: performance.now() - responseTime, ms: responseTime, ok: statusCode >= 200 && statusCode < 300 });
    });
  });
  return { samples, errors: result.errors, timeouts: result.timeouts };
}

/** One page driven for `seconds`: p50/p95/p99 and errors (connection errors, timeouts, non-2xx). */
export async function drive(base: string, target: Target, cookie: string, connections: number, seconds: number): Promise<Measured> {
  const { samples, errors, timeouts } = await load(base, target, cookie, { connections, seconds });
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + timeouts + samples.filter((s) => !s.ok).length,
  };
}

/** "AMD EPYC, 2 cores": what every benchmark prints next to its figures. */
export function cpuDescription(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores`;
}
