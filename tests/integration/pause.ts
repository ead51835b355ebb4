// The test side of lib/jobs/pause-point.ts: arm a point, wait until the code reaches it (in this
// process or another), release it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PausePoint } from "@/lib/jobs/pause-point";

/** A fresh pause directory, exported as PORTAL_PAUSE_DIR for this process and its children. */
export function pauseDirectory(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pause-"));
  process.env.PORTAL_PAUSE_DIR = dir;
  return dir;
}

export function arm(dir: string, name: PausePoint): void {
  for (const suffix of ["reached", "release"]) fs.rmSync(path.join(dir, `${name}.${suffix}`), { force: true });
  fs.writeFileSync(path.join(dir, `${name}.armed`), "");
}

/** Resolves with the pid of the process that reached the point. */
export async function reached(dir: string, name: PausePoint, timeoutMs = 60_000): Promise<number> {
  const file = path.join(dir, `${name}.reached`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`Pause point ${name} was not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Number(fs.readFileSync(file, "utf8"));
}

/** Lets the paused code go on, and disarms the point for the next run. */
export function release(dir: string, name: PausePoint): void {
  fs.rmSync(path.join(dir, `${name}.armed`), { force: true });
  fs.writeFileSync(path.join(dir, `${name}.release`), "");
}

/** Takes the point out without releasing anyone (for a process that was killed there). */
export function disarm(dir: string, name: PausePoint): void {
  fs.rmSync(path.join(dir, `${name}.armed`), { force: true });
}
