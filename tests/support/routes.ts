// Every route of the app, read from the app/ folder: pages (page.tsx) and route handlers
// (route.ts). Tests use it so that a new route is covered without anyone remembering to add it.
import fs from "node:fs";
import path from "node:path";

export type AppRoute = { kind: "page" | "handler"; file: string; pattern: string };

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

export function listRoutes(dir = APP_DIR, prefix = ""): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // (group) folders do not appear in the URL; _private folders are not routes.
      if (entry.name.startsWith("_")) continue;
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...listRoutes(full, prefix + segment));
    } else if (/^page\.(tsx|ts)$/.test(entry.name)) {
      routes.push({ kind: "page", file: path.relative(path.dirname(APP_DIR), full), pattern: prefix || "/" });
    } else if (/^route\.(ts|tsx)$/.test(entry.name)) {
      routes.push({ kind: "handler", file: path.relative(path.dirname(APP_DIR), full), pattern: prefix || "/" });
    }
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Routes anyone may open without a session; /unavailable is the 503 page of a database outage. */
export const PUBLIC_ROUTES = ["/sign-in", "/api/auth/[...nextauth]", "/unavailable"];

/** Fills dynamic segments ([id], [code], [...slug]) with the given sample values. */
export function fillPattern(pattern: string, samples: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => samples[name] ?? "1");
}
