// Prisma CLI configuration (Prisma 7). Only `prisma generate` runs through the CLI here:
// migrations are applied by lib/db/migrate (WebAssembly schema engine), see README.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
