// Child processes that leave nothing behind: each runs in its own process group, and stopping
// signals the whole group and waits (killing only the npm/npx wrapper of `next start` leaves
// the next-server child holding the port; docs/platform.md).
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export type Managed = { child: ChildProcess; exited: Promise<number | null>; stop(): Promise<void> };

export function startGroup(command: string, args: string[], options: SpawnOptions = {}): Managed {
  const child = spawn(command, args, { stdio: "inherit", ...options, detached: true });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stopping: Promise<void> | undefined;
  return {
    child,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        signalGroup(child, "SIGTERM");
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Runs a command to completion in its own group; resolves with its exit code. */
export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  const managed = startGroup(command, args, options);
  const forward = () => void managed.stop();
  process.once("SIGINT", forward);
  process.once("SIGTERM", forward);
  try {
    return (await managed.exited) ?? 1;
  } finally {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
}

/** Calls `cleanup` once on Ctrl-C / SIGTERM / normal exit paths, then exits. */
export function onShutdown(cleanup: () => Promise<void>) {
  let done = false;
  const handler = async (signal: string) => {
    if (done) return;
    done = true;
    console.log(`\n${signal}: stopping…`);
    try {
      await cleanup();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void handler("SIGINT"));
  process.on("SIGTERM", () => void handler("SIGTERM"));
  process.on("SIGHUP", () => void handler("SIGHUP"));
}
