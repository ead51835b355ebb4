// Builds the Next.js app when there is no build, or when the sources changed since the last one
// (a fingerprint of the tracked sources is kept next to the build).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { run } from "./processes.ts";

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
/** The build folder: `.next`, or NEXT_DIST_DIR (next.config.js reads the same variable). */
const distDir = (env: NodeJS.ProcessEnv) => path.join(PROJECT_ROOT, env.NEXT_DIST_DIR ?? ".next");
export const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

function walk(target: string, hash: crypto.Hash) {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) {
      if (entry === "cli" && target.endsWith(`${path.sep}lib`)) continue; // scripts, not the app
      walk(path.join(target, entry), hash);
    }
  } else {
    hash.update(path.relative(PROJECT_ROOT, target)).update(fs.readFileSync(target));
  }
}

export function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  for (const source of SOURCES) walk(path.join(PROJECT_ROOT, source), hash);
  return hash.digest("hex");
}

export function buildIsCurrent(env: NodeJS.ProcessEnv = process.env): boolean {
  const buildId = path.join(distDir(env), "BUILD_ID");
  const fingerprint = path.join(distDir(env), "portal-source-fingerprint");
  if (!fs.existsSync(buildId) || !fs.existsSync(fingerprint)) return false;
  return fs.readFileSync(fingerprint, "utf8") === sourceFingerprint();
}

export async function ensureBuild(env: NodeJS.ProcessEnv) {
  if (buildIsCurrent(env)) return;
  console.log("Building the portal (first start or changed sources; about 1–2 minutes)…");
  const fingerprint = sourceFingerprint();
  const code = await run(process.execPath, [NEXT_BIN, "build"], { cwd: PROJECT_ROOT, env });
  if (code !== 0) throw new Error(`next build failed (exit code ${code}).`);
  fs.writeFileSync(path.join(distDir(env), "portal-source-fingerprint"), fingerprint);
}
