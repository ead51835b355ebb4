// Which message namespaces reach the browser. Server components translate on the server and
// need nothing sent; only client components read messages in the browser. Sending the whole
// catalogue (~100 KB in Russian) with every page cost a quarter of a dashboard page's server
// time (measured: region page 60 → 74 requests/s with the catalogue trimmed), so each section
// of the app sends only what its client components use.

/** Namespaces client components on every page use: header, forms' shared errors, enums. */
export const BASE_CLIENT_NAMESPACES = ["nav", "common", "language", "errors", "formMessages", "enums", "headline", "auth", "admin"] as const;

/** Extra namespaces per section (the route's first segment), for its client components. */
export const SECTION_CLIENT_NAMESPACES = {
  dashboard: ["dashboard", "map"],
  projects: ["projects", "placements", "permanentJobs"],
  imports: ["imports"],
  reports: ["reports"],
  inquiries: ["inquiries", "snapshots"],
  summary: ["summary", "snapshots", "dashboard"],
  workers: ["workers", "placements"],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof SECTION_CLIENT_NAMESPACES;

type Messages = Record<string, unknown>;

export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => namespaces.includes(namespace)));
}
