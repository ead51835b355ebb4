// Test-only pause points (docs/jobs.md). A test that must prove something about the moment INSIDE a
// running import commit (its transaction open, its locks held) arms a named point; the code
// stops there, says so, and waits to be released — or to be killed, which is what the
// several-instances test does to a worker mid-commit. Files, not memory, so that the test and
// the paused code may be different processes. Off (one env lookup) unless PORTAL_PAUSE_DIR is
// set, which only tests do.
import fs from "node:fs";
import path from "node:path";

export type PausePoint = "import-commit-written" | "backup-worker-copied";

const POLL_MS = 25;

/** Stops here while `<dir>/<name>.armed` exists, until `<dir>/<name>.release` does. */
export async function pausePoint(name: PausePoint): Promise<void> {
  const dir = process.env.PORTAL_PAUSE_DIR;
  if (!dir) return;
  const gate = path.join(dir, name);
  if (!fs.existsSync(`${gate}.armed`)) return;
  fs.writeFileSync(`${gate}.reached`, String(process.pid));
  while (!fs.existsSync(`${gate}.release`)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}
