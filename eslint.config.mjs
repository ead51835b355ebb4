// ESLint 9 flat config. eslint-config-next 16 ships flat configs natively.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

// docs/code-style.md: only queries.ts, mutations.ts and lib/db/ talk to the database, so "where is a
// project saved?" has one answer. The gate is the client instance (lib/db/client). Type-only
// imports of the generated models are harmless, and so is the `Prisma` namespace: SQL fragment
// builders (Prisma.sql) and error classes (Prisma.PrismaClientKnownRequestError) cannot query.
const databaseAccess = {
  patterns: [
    {
      allowTypeImports: true,
      allowImportNames: ["Prisma"],
      regex: "(^@/generated/prisma/client$|/generated/prisma/client(\\.ts)?$)",
      message: "Read in lib/<domain>/queries.ts or write in lib/<domain>/mutations.ts; elsewhere import their functions (types: `import type`, enums: @/generated/prisma/enums, SQL fragments and errors: { Prisma }).",
    },
    {
      allowTypeImports: true,
      regex: "(^@/lib/db/client$|(^|/)db/client(\\.ts)?$)",
      message: "Only lib/<domain>/queries.ts, mutations.ts and lib/db/ use the Prisma client.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    // Other builds of the same tree (NEXT_DIST_DIR, next.config.js): a test's or a benchmark's.
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "generated/**",
    ".data/**",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
  ]),
  {
    // Imported cells and form fields reach these regexes, so none may backtrack
    // super-linearly (a 1,000-character cell of "(" or of digits must cost a thousand steps,
    // not a million). Enforced here rather than by timed tests.
    plugins: { regexp },
    rules: { "regexp/no-super-linear-backtracking": "error" },
  },
  {
    // The same for a search that retries at every position (/\(.*\)/g, /x+$/): everywhere the
    // portal reads what users send. Developer tools and tests only see developers' input.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/cli/**", "lib/db/**"],
    rules: { "regexp/no-super-linear-move": "error" },
  },
  {
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", databaseAccess],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/**/queries.ts",
      "lib/**/mutations.ts",
      "lib/**/*.server.ts",
      "lib/db/**",
      "lib/demo/**",
      "lib/cli/**",
      "tests/**",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // Tool configuration files export a plain object by convention (postcss, prisma, ...).
    files: ["*.config.{js,mjs,ts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
]);
