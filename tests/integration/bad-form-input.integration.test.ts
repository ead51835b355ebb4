// Bad form input, through the project form's server action as the app calls it: a non-numeric
// funding amount ("12 млн") crashed with "Cannot convert 12млн to a BigInt" and a NUL byte in a
// field reached PostgreSQL ("unexpected"). Both are field errors now, the typed values come back so
// the form keeps them, and nothing is written.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase } from "./db";
import { session } from "./support/session";
import { buildWorld, count, form, projectFields, type World } from "./projects/fixtures";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const actions = await import("@/lib/projects/actions");
const { initialActionState } = await import("@/lib/forms/state");

let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  session.user = world.akimatAkmola;
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("the project form's action", () => {
  it.each(["12 млн", "abc", "1e308", "Infinity"])("answers %j in a funding field with a field error and the typed values", async (typed) => {
    const fields = projectFields(world, { "funding.LOCAL_BUDGET.allocated": typed, "funding.LOCAL_BUDGET.disbursed": "100" });
    const state = await actions.createProjectAction(initialActionState, form(fields));
    expect(state).toMatchObject({ ok: false, message: "invalidInput", errors: { "funding.LOCAL_BUDGET.allocated": ["invalidNumber"] } });
    expect(Object.keys(state.errors ?? {})).toEqual(["funding.LOCAL_BUDGET.allocated"]);
    expect(state.values).toMatchObject({ "funding.LOCAL_BUDGET.allocated": typed, name: fields.name });
    expect(await count("Project")).toBe(0);
  });

  it("answers a NUL byte in any field with a field error, not 'unexpected'", async () => {
    const fields = projectFields(world, { name: "Школа\u0000", contractorName: "ТОО\u0000" });
    const state = await actions.createProjectAction(initialActionState, form(fields));
    expect(state).toMatchObject({ ok: false, message: "invalidInput", errors: { name: ["invalidCharacter"], contractorName: ["invalidCharacter"] } });
    expect(await count("Project")).toBe(0);
  });
});
