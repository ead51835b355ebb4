// Which Chromium the end-to-end tests launch (docs/platform.md, "Browsers"). In this order:
//   1. CHROMIUM_PATH, when set (an error when nothing executable is there);
//   2. a system Chromium: Debian's /usr/bin/chromium, or Google Chrome;
//   3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency), so that
//      `npm ci && npm test` needs nothing else. It is unpacked once per version into the temp
//      folder (about 2 s, 210 MB) and reused by later runs.
// CHROMIUM_SKIP_SYSTEM=1 skips step 2: it exists to try step 3 on a machine that has a system one.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export type ChromiumSource = "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
/** `args`: launch arguments this Chromium needs on top of the project's own (playwright.config.ts). */
export type ResolvedChromium = { path: string; args: string[]; source: ChromiumSource };

export const SYSTEM_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/**
 * Of @sparticuz/chromium's recommended arguments, only those for its sandbox-less, zygote-less
 * headless shell and the ones that keep it quiet. Its others are meant for AWS Lambda and would
 * change what the tests check: --disable-web-security, --allow-running-insecure-content,
 * --disable-site-isolation-trials, --disable-features=IsolateOrigins,site-per-process,
 * --single-process, its own --headless (Playwright decides) and a GPU stack (we pass --disable-gpu).
 */
const NPM_CHROMIUM_ARGS = new Set([
  "--no-sandbox",
  "--no-zygote",
  "--disable-setuid-sandbox",
  "--disable-domain-reliability",
  "--no-pings",
  "--no-default-browser-check",
  "--font-render-hinting",
]);

export type ResolveOptions = {
  env?: Record<string, string | undefined>;
  systemPaths?: string[];
  isExecutable?: (file: string) => boolean;
  /** Unpacks the npm package's Chromium; replaceable in unit tests. */
  npmChromium?: () => Promise<{ path: string; args: string[] }>;
  log?: (line: string) => void;
};

export async function resolveChromium(options: ResolveOptions = {}): Promise<ResolvedChromium> {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? isExecutableFile;
  const log = options.log ?? ((line: string) => console.log(line));
  const resolved = await pick();
  log(`Chromium (${resolved.source}): ${resolved.path}`);
  return resolved;

  async function pick(): Promise<ResolvedChromium> {
    const configured = env.CHROMIUM_PATH?.trim();
    if (configured) {
      if (!isExecutable(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no executable file there.`);
      return { path: configured, args: [], source: "CHROMIUM_PATH" };
    }
    if (env.CHROMIUM_SKIP_SYSTEM !== "1") {
      const system = (options.systemPaths ?? SYSTEM_CHROMIUM_PATHS).find((file) => isExecutable(file));
      if (system) return { path: system, args: [], source: "system" };
    }
    const npm = await (options.npmChromium ?? unpackNpmChromium)();
    return { ...npm, source: "@sparticuz/chromium" };
  }
}

/** CHROMIUM_ARGS, as lib/cli/test.mts passes it to playwright.config.ts: a JSON array of strings. */
export function chromiumArgsFromEnv(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed) || !parsed.every((arg) => typeof arg === "string")) {
    throw new Error(`CHROMIUM_ARGS must be a JSON array of strings, not ${value}`);
  }
  return parsed;
}

function isExecutableFile(file: string) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function unpackNpmChromium(): Promise<{ path: string; args: string[] }> {
  let Chromium: typeof import("@sparticuz/chromium").default;
  try {
    Chromium = (await import("@sparticuz/chromium")).default;
  } catch (error) {
    throw new Error(
      `No Chromium: no CHROMIUM_PATH, no system Chromium (${SYSTEM_CHROMIUM_PATHS.join(", ")}), and @sparticuz/chromium ` +
        `cannot be loaded (${(error as Error).message}). Run 'npm ci' (it is a devDependency), install one ` +
        `('apt-get install -y chromium') or set CHROMIUM_PATH.`,
    );
  }
  const args = Chromium.args.filter((arg) => NPM_CHROMIUM_ARGS.has(arg.split("=")[0] ?? arg));
  // The package unpacks into os.tmpdir() (chromium, fonts/, the SwiftShader libraries) and reuses
  // a `chromium` file found there, whatever its version or completeness. So: one folder per
  // version, filled under a unique name and renamed into place only when complete; an interrupted
  // or concurrent run never sees half a browser.
  // Per user too: the unpacked files are readable by their owner only.
  const folder = path.join(os.tmpdir(), `portal-chromium-${npmChromiumVersion()}-${process.getuid?.() ?? "user"}`);
  const executable = path.join(folder, "chromium");
  if (isExecutableFile(executable)) return { path: executable, args };
  removeStalePartials(folder);
  const partial = fs.mkdtempSync(`${folder}.partial-`);
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial; // os.tmpdir() reads it on every call
  let unpacked: string;
  try {
    unpacked = await Chromium.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  if (path.dirname(unpacked) !== partial) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected a file in ${partial}.`);
  }
  try {
    fs.renameSync(partial, folder);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (!isExecutableFile(executable)) throw error; // else another run finished first: use its copy
  }
  return { path: executable, args };
}

function npmChromiumVersion(): string {
  // The package exports only its entry point, not package.json: read the file next to it.
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const manifest = path.join(path.dirname(entry), "..", "package.json");
  const { version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string };
  return version;
}

/** Partial folders of runs that were killed while unpacking (older than an hour). */
function removeStalePartials(folder: string) {
  const prefix = `${path.basename(folder)}.partial-`;
  for (const name of fs.readdirSync(path.dirname(folder))) {
    if (!name.startsWith(prefix)) continue;
    const partial = path.join(path.dirname(folder), name);
    try {
      if (Date.now() - fs.statSync(partial).mtimeMs > 3_600_000) fs.rmSync(partial, { recursive: true, force: true });
    } catch {
      // removed meanwhile
    }
  }
}
