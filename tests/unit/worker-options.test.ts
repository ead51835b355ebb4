// `npm run worker`'s settings from the environment: defaults, and a clear refusal of a typo
// rather than a worker that silently polls every 0 s or runs no imports.
import { describe, expect, it } from "vitest";
import { workerOptionsFromEnv } from "@/lib/jobs/worker";

describe("worker options", () => {
  it("defaults to two imports at once, maintenance every minute, polling every second", () => {
    expect(workerOptionsFromEnv({})).toEqual({
      concurrency: 2,
      maintenanceSeconds: 60,
      pollingSeconds: 1,
      backup: { target: null, cron: { cron: "30 2 * * *", timeZone: "Asia/Almaty" } },
    });
  });

  it("reads the variables", () => {
    expect(workerOptionsFromEnv({ IMPORT_WORKER_CONCURRENCY: "4", QUEUE_MAINTENANCE_SECONDS: "5", QUEUE_POLLING_SECONDS: "0.5" })).toEqual({
      concurrency: 4,
      maintenanceSeconds: 5,
      pollingSeconds: 0.5,
      backup: { target: null, cron: { cron: "30 2 * * *", timeZone: "Asia/Almaty" } },
    });
  });

  it.each([["IMPORT_WORKER_CONCURRENCY", "0"], ["IMPORT_WORKER_CONCURRENCY", "two"], ["QUEUE_MAINTENANCE_SECONDS", "-1"], ["QUEUE_POLLING_SECONDS", "Infinity"]])(
    "refuses %s=%s naming the variable",
    (name, value) => {
      expect(() => workerOptionsFromEnv({ [name]: value })).toThrow(name);
    },
  );
});
