// Which Chromium the end-to-end tests launch (lib/cli/chromium.ts), with made-up paths.
import { describe, expect, it } from "vitest";
import { chromiumArgsFromEnv, resolveChromium, type ResolveOptions } from "@/lib/cli/chromium";

const npm = { path: "/tmp/portal-chromium-153.0.0-0/chromium", args: ["--no-zygote"] };

function resolve(env: Record<string, string | undefined>, executables: string[], overrides: Partial<ResolveOptions> = {}) {
  const lines: string[] = [];
  let unpacked = 0;
  const result = resolveChromium({
    env,
    systemPaths: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
    isExecutable: (file) => executables.includes(file),
    npmChromium: async () => {
      unpacked++;
      return npm;
    },
    log: (line) => lines.push(line),
    ...overrides,
  });
  return { result, lines, unpacked: () => unpacked };
}

describe("resolveChromium", () => {
  it("takes CHROMIUM_PATH first, even when a system Chromium exists", async () => {
    const { result, lines, unpacked } = resolve({ CHROMIUM_PATH: "/opt/chrome/chrome" }, ["/opt/chrome/chrome", "/usr/bin/chromium"]);
    expect(await result).toEqual({ path: "/opt/chrome/chrome", args: [], source: "CHROMIUM_PATH" });
    expect(lines).toEqual(["Chromium (CHROMIUM_PATH): /opt/chrome/chrome"]);
    expect(unpacked()).toBe(0);
  });

  it("refuses a CHROMIUM_PATH with nothing executable there rather than falling back", async () => {
    const { result } = resolve({ CHROMIUM_PATH: "/nowhere/chromium" }, ["/usr/bin/chromium"]);
    await expect(result).rejects.toThrow("CHROMIUM_PATH=/nowhere/chromium");
  });

  it("treats an empty CHROMIUM_PATH as unset", async () => {
    const { result } = resolve({ CHROMIUM_PATH: " " }, ["/usr/bin/chromium"]);
    expect((await result).source).toBe("system");
  });

  it("then the first system Chromium that exists, with no extra arguments", async () => {
    expect(await resolve({}, ["/usr/bin/chromium", "/usr/bin/google-chrome"]).result).toEqual({ path: "/usr/bin/chromium", args: [], source: "system" });
    expect(await resolve({}, ["/usr/bin/google-chrome"]).result).toEqual({ path: "/usr/bin/google-chrome", args: [], source: "system" });
  });

  it("then the npm package's Chromium, unpacked only when it is needed", async () => {
    const { result, lines, unpacked } = resolve({}, []);
    expect(await result).toEqual({ ...npm, source: "@sparticuz/chromium" });
    expect(lines).toEqual([`Chromium (@sparticuz/chromium): ${npm.path}`]);
    expect(unpacked()).toBe(1);
  });

  it("skips the system Chromium with CHROMIUM_SKIP_SYSTEM=1", async () => {
    expect((await resolve({ CHROMIUM_SKIP_SYSTEM: "1" }, ["/usr/bin/chromium"]).result).source).toBe("@sparticuz/chromium");
  });
});

describe("chromiumArgsFromEnv", () => {
  it("reads a JSON array of strings; nothing when unset or empty", () => {
    expect(chromiumArgsFromEnv('["--no-zygote","--no-pings"]')).toEqual(["--no-zygote", "--no-pings"]);
    expect(chromiumArgsFromEnv(undefined)).toEqual([]);
    expect(chromiumArgsFromEnv("")).toEqual([]);
  });

  it("refuses anything else", () => {
    expect(() => chromiumArgsFromEnv('"--no-zygote"')).toThrow("JSON array of strings");
    expect(() => chromiumArgsFromEnv("[1]")).toThrow("JSON array of strings");
  });
});
