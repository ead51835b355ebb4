// Projects against a real PostgreSQL: every mutation with good and bad input, the
// region scope of akimats, optimistic locking, the audit trail in the change's transaction and
// the lock on reported months. Actions are called as the app calls them, with the session mocked
// at its boundary (lib/auth/session).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { auditEvents, buildWorld, count, form, lockMonth, projectFields, type SessionUser, type World } from "./projects/fixtures";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const actions = await import("@/lib/projects/actions");
const { createProject, updateProject, deleteProject } = await import("@/lib/projects/mutations");
const { projectFormInput, projectSchema, projectUpdateSchema } = await import("@/lib/projects/schema");
const { initialActionState } = await import("@/lib/forms/state");

let world: World;
const as = (user: SessionUser) => {
  session.user = user;
};

/** Creates a project through the action, as the form does; returns its id. */
async function created(user: SessionUser, overrides: Record<string, string> = {}): Promise<number> {
  as(user);
  const redirect = await actions.createProjectAction(initialActionState, form(projectFields(world, overrides))).catch((error: Error) => error.message);
  const match = /^REDIRECT \/projects\/(\d+)\?saved=created$/.exec(String(redirect));
  if (!match) throw new Error(`create failed: ${JSON.stringify(redirect)}`);
  return Number(match[1]);
}

function editFields(id: number, version: number, overrides: Record<string, string> = {}) {
  return { ...projectFields(world, overrides), version: String(version), ...overrides };
}

/** What the action would pass to the mutation. */
function parsed<S extends typeof projectSchema | typeof projectUpdateSchema>(schema: S, fields: Record<string, string>) {
  return schema.parse(projectFormInput(form(fields))) as ReturnType<S["parse"]>;
}

async function stored(id: number) {
  return prisma.project.findUniqueOrThrow({ where: { id }, include: { funding: { orderBy: { source: "asc" } } } });
}

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
  world = await buildWorld();
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("creating a project", () => {
  it("writes the project, its funding by source and an audit event", async () => {
    const id = await created(world.akimatAkmola);
    const project = await stored(id);
    expect(project).toMatchObject({ code: "DKZ-2021-11-00001", regionId: world.akmola.id, districtId: world.kokshetau.id, version: 1, updatedById: world.akimatAkmola.id, plannedTemporaryJobs: 45 });
    expect(project.funding.map((f) => [f.source, f.allocated.toFixed(2), f.disbursed.toFixed(2)])).toEqual([
      ["REPUBLICAN_BUDGET", "150000000.00", "0.00"],
      ["LOCAL_BUDGET", "25000000.00", "0.00"],
    ]);
    const [event] = await auditEvents("project");
    expect(event).toMatchObject({ actorId: world.akimatAkmola.id, entityId: String(id), action: "create", before: null });
    expect(event!.after).toMatchObject({ code: "DKZ-2021-11-00001", plannedStart: "2021-04-01", funding: { LOCAL_BUDGET: { allocated: "25000000.00" } } });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    as(world.akimatAkmola);
    const state = await actions.createProjectAction(
      initialActionState,
      form(projectFields(world, { name: "", contractorBin: "123456789012", latitude: "60", plannedEnd: "2021-01-01", "funding.LOCAL_BUDGET.disbursed": "30000000" })),
    );
    expect(state.ok).toBe(false);
    expect(state.message).toBe("invalidInput");
    expect(state.errors).toMatchObject({ name: ["required"], contractorBin: [expect.stringMatching(/^bin/)], latitude: ["outOfRange"] });
    expect(state.values?.contractorBin).toBe("123456789012");
    const crossField = await actions.createProjectAction(initialActionState, form(projectFields(world, { plannedEnd: "2021-01-01", "funding.LOCAL_BUDGET.disbursed": "30000000" })));
    expect(crossField.errors).toMatchObject({ plannedEnd: ["endBeforeStart"], "funding.LOCAL_BUDGET.disbursed": ["disbursedOverAllocated"] });
    expect(await count("Project")).toBe(0);
    expect(await count("ProjectFunding")).toBe(0);
    expect(await count("AuditEvent")).toBe(0);
  });

  it("refuses a code already taken, on the code field", async () => {
    await created(world.akimatAkmola);
    as(world.akimatAkmola);
    const state = await actions.createProjectAction(initialActionState, form(projectFields(world, { code: "dkz-2021-11-00001", name: "Другой" })));
    expect(state.errors).toEqual({ code: ["codeTaken"] });
    expect(state.params).toEqual({ code: "DKZ-2021-11-00001" });
    expect(await count("Project")).toBe(1);
    expect(await count("AuditEvent")).toBe(1);
  });

  it("refuses a district of another region", async () => {
    as(world.akimatAkmola);
    const state = await actions.createProjectAction(initialActionState, form(projectFields(world, { districtId: String(world.medeu.id) })));
    expect(state.errors).toEqual({ districtId: ["districtNotInRegion"] });
    expect(await count("Project")).toBe(0);
  });

  it("lets an akimat create only in its own region, and other roles not at all", async () => {
    as(world.akimatAlmaty);
    expect(await actions.createProjectAction(initialActionState, form(projectFields(world)))).toMatchObject({ ok: false, message: "wrongRegion" });
    as(world.analyst);
    expect(await actions.createProjectAction(initialActionState, form(projectFields(world)))).toMatchObject({ ok: false, message: "forbidden" });
    session.user = null;
    expect(await actions.createProjectAction(initialActionState, form(projectFields(world)))).toMatchObject({ ok: false, message: "unauthenticated" });
    expect(await count("Project")).toBe(0);
    expect(await count("AuditEvent")).toBe(0);
  });
});

describe("editing a project", () => {
  it("saves every field, bumps the version and audits before and after", async () => {
    const id = await created(world.akimatAkmola);
    as(world.akimatAkmola2);
    await expect(
      actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "IN_PROGRESS", actualStart: "2021-04-05", name: "Капитальный ремонт школы № 3", "funding.LOCAL_BUDGET.allocated": "", "funding.BOND_LOANS.allocated": "5000000" }))),
    ).rejects.toThrow(`REDIRECT /projects/${id}?saved=updated`);
    const project = await stored(id);
    expect(project).toMatchObject({ status: "IN_PROGRESS", version: 2, updatedById: world.akimatAkmola2.id, name: "Капитальный ремонт школы № 3" });
    expect(project.actualStart?.toISOString()).toBe("2021-04-05T00:00:00.000Z");
    expect(project.funding.map((f) => f.source)).toEqual(["REPUBLICAN_BUDGET", "BOND_LOANS"]);
    const update = (await auditEvents("project")).find((e) => e.action === "update")!;
    expect(update.actorId).toBe(world.akimatAkmola2.id);
    expect(update.before).toMatchObject({ status: "PLANNED", actualStart: null, version: 1 });
    expect(update.after).toMatchObject({ status: "IN_PROGRESS", actualStart: "2021-04-05", version: 2 });
    expect(update.after!.funding).toEqual({ BOND_LOANS: { allocated: "5000000.00", disbursed: "0.00" }, REPUBLICAN_BUDGET: { allocated: "150000000.00", disbursed: "0.00" } });
  });

  it("refuses the second of two concurrent edits, naming the first editor, and overwrites nothing", async () => {
    const id = await created(world.akimatAkmola);
    // Both open the form at version 1.
    as(world.akimatAkmola2);
    await expect(actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { name: "Правка Асель" })))).rejects.toThrow("REDIRECT");
    as(world.akimatAkmola);
    const state = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { name: "Правка Ольги", plannedTemporaryJobs: "99" })));
    expect(state).toMatchObject({ ok: false, message: "staleVersion", params: { name: "Асель Ахметова" } });
    const project = await stored(id);
    expect(state.params!.at).toBe(project.updatedAt.getTime());
    expect(project).toMatchObject({ name: "Правка Асель", plannedTemporaryJobs: 45, version: 2, updatedById: world.akimatAkmola2.id });
    expect((await auditEvents("project")).map((e) => e.action)).toEqual(["create", "update"]);
    expect(state.values?.name).toBe("Правка Ольги");
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const id = await created(world.akimatAkmola);
    const input = (name: string) => parsed(projectUpdateSchema, editFields(id, 1, { name }));
    const results = await Promise.allSettled([
      updateProject(world.akimatAkmola, id, input("Первая")),
      updateProject(world.akimatAkmola2, id, input("Вторая")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "staleVersion" });
    expect((await stored(id)).version).toBe(2);
    expect(await count("AuditEvent", "action = 'update'")).toBe(1);
  });

  it("refuses a status change the life cycle does not allow, on the status field", async () => {
    const id = await created(world.akimatAkmola);
    as(world.akimatAkmola);
    const state = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "COMMISSIONED", actualStart: "2021-04-05", actualEnd: "2021-09-30", commissionedAt: "2021-10-15" })));
    expect(state).toMatchObject({ ok: false, errors: { status: ["statusTransition"] } });
    expect((await stored(id)).status).toBe("PLANNED");
  });

  it("keeps an akimat out of another region's project, whatever id it sends", async () => {
    const id = await created(world.akimatAkmola);
    as(world.akimatAlmaty);
    expect(await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { name: "Чужая правка", regionId: String(world.almaty.id), districtId: "" }))))
      .toMatchObject({ ok: false, message: "wrongRegion" });
    expect(await actions.deleteProjectAction(id, initialActionState, form({ version: "1" }))).toMatchObject({ ok: false, message: "wrongRegion" });
    as(world.deputy);
    expect(await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1)))).toMatchObject({ ok: false, message: "forbidden" });
    expect(await actions.updateProjectAction(999_999, initialActionState, form(editFields(id, 1)))).toMatchObject({ ok: false, message: "forbidden" });
    as(world.akimatAlmaty);
    expect(await actions.updateProjectAction(999_999, initialActionState, form(editFields(id, 1)))).toMatchObject({ ok: false, message: "notFound" });
    expect(await stored(id)).toMatchObject({ name: "Капитальный ремонт школы № 3, г. Кокшетау", version: 1 });
    expect(await count("AuditEvent")).toBe(1);
  });

  it("refuses moving a project to another region", async () => {
    const id = await created(world.akimatAkmola);
    as(world.akimatAkmola);
    const state = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { regionId: String(world.almaty.id), districtId: String(world.medeu.id) })));
    expect(state).toMatchObject({ ok: false, errors: { regionId: ["regionLocked"] } });
    expect((await stored(id)).regionId).toBe(world.akmola.id);
  });
});

describe("deleting a project", () => {
  it("deletes an unused project with its funding and audits what it was", async () => {
    const id = await created(world.akimatAkmola);
    as(world.akimatAkmola);
    await expect(actions.deleteProjectAction(id, initialActionState, form({ version: "1" }))).rejects.toThrow("REDIRECT /projects?deleted=1");
    expect(await count("Project")).toBe(0);
    expect(await count("ProjectFunding")).toBe(0);
    const deleted = (await auditEvents("project")).at(-1)!;
    expect(deleted).toMatchObject({ action: "delete", after: null, entityId: String(id) });
    expect(deleted.before).toMatchObject({ code: "DKZ-2021-11-00001" });
  });

  it("refuses while the project has placements, and with a stale version", async () => {
    const id = await created(world.akimatAkmola, { status: "IN_PROGRESS", actualStart: "2021-04-05" });
    const worker = await prisma.worker.create({ data: { iin: "900101300011", fullName: "Тест Тестов", birthDate: new Date("1990-01-01"), sex: "MALE" } });
    await prisma.placement.create({ data: { workerId: worker.id, projectId: id, hiredAt: new Date("2021-04-10"), youthAtHiring: true } });
    as(world.akimatAkmola);
    expect(await actions.deleteProjectAction(id, initialActionState, form({ version: "1" }))).toMatchObject({ ok: false, message: "hasPlacements", params: { count: 1 } });
    expect(await actions.deleteProjectAction(id, initialActionState, form({ version: "7" }))).toMatchObject({ ok: false, message: "staleVersion" });
    expect(await count("Project")).toBe(1);
    expect(await count("AuditEvent", "action = 'delete'")).toBe(0);
  });
});

describe("transactions, audit and reported months", () => {
  it("leaves no audit row when the write fails after the audit event was written", async () => {
    // A deferred constraint trigger fails at COMMIT, after the project and its audit row were written.
    await testPool().query(`
      CREATE FUNCTION test_refuse_project() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name LIKE 'FAIL%' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$;
      CREATE CONSTRAINT TRIGGER test_refuse_project AFTER INSERT OR UPDATE ON "Project"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_project();`);
    try {
      const input = parsed(projectSchema, projectFields(world, { name: "FAIL at commit" }));
      await expect(createProject(world.akimatAkmola, input)).rejects.toThrow();
      expect(await count("Project")).toBe(0);
      expect(await count("AuditEvent")).toBe(0);
      const id = await created(world.akimatAkmola);
      await expect(updateProject(world.akimatAkmola, id, parsed(projectUpdateSchema, editFields(id, 1, { name: "FAIL on update" })))).rejects.toThrow();
      expect(await stored(id)).toMatchObject({ version: 1, name: "Капитальный ремонт школы № 3, г. Кокшетау" });
      expect(await count("AuditEvent")).toBe(1);
    } finally {
      await testPool().query(`DROP TRIGGER test_refuse_project ON "Project"; DROP FUNCTION test_refuse_project();`);
    }
  });

  it("refuses dates in a submitted month, old or new, and lets other fields change", async () => {
    const id = await created(world.akimatAkmola, { status: "IN_PROGRESS", actualStart: "2021-04-05" });
    await lockMonth(world.akmola.id, "2021-04-01");
    as(world.akimatAkmola);
    // Moving the start out of the locked April changes April's figures: refused.
    const moved = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "IN_PROGRESS", actualStart: "2021-05-03" })));
    expect(moved).toMatchObject({ ok: false, message: "monthLocked", params: { month: "2021-04-01" } });
    // A new project starting in April: refused.
    expect(await actions.createProjectAction(initialActionState, form(projectFields(world, { code: "DKZ-2", status: "IN_PROGRESS", actualStart: "2021-04-20" }))))
      .toMatchObject({ ok: false, message: "monthLocked" });
    // Deleting it would take April's start away: refused.
    expect(await actions.deleteProjectAction(id, initialActionState, form({ version: "1" }))).toMatchObject({ ok: false, message: "monthLocked" });
    // Its name does not count in any month's figures.
    await expect(actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "IN_PROGRESS", actualStart: "2021-04-05", name: "Исправленное наименование" })))).rejects.toThrow("REDIRECT");
    expect(await stored(id)).toMatchObject({ name: "Исправленное наименование", version: 2 });
    expect((await stored(id)).actualStart?.toISOString()).toBe("2021-04-05T00:00:00.000Z");
    expect(await count("Project")).toBe(1);
  });

  it("refuses works dates that would leave a placement's hiring outside them, naming the hiring", async () => {
    const id = await created(world.akimatAkmola, { status: "IN_PROGRESS", actualStart: "2021-04-05" });
    const worker = await prisma.worker.create({ data: { iin: "900101300011", fullName: "Тест Тестов", birthDate: new Date("1990-01-01"), sex: "MALE" } });
    await prisma.placement.create({ data: { workerId: worker.id, projectId: id, hiredAt: new Date("2021-04-10"), youthAtHiring: true } });
    as(world.akimatAkmola);
    const later = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "IN_PROGRESS", actualStart: "2021-04-12" })));
    expect(later).toMatchObject({ ok: false, errors: { actualStart: ["placementsBeforeStart"] }, params: { date: "10.04.2021" } });
    const ended = await actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "COMPLETED", actualStart: "2021-04-05", actualEnd: "2021-04-08" })));
    expect(ended).toMatchObject({ ok: false, errors: { actualEnd: ["placementsAfterEnd"] }, params: { date: "10.04.2021" } });
    expect(await stored(id)).toMatchObject({ version: 1, status: "IN_PROGRESS" });
    await expect(actions.updateProjectAction(id, initialActionState, form(editFields(id, 1, { status: "COMPLETED", actualStart: "2021-04-05", actualEnd: "2021-04-10" })))).rejects.toThrow("REDIRECT");
  });

  it("lets the delete mutation refuse a wrong region even when called directly", async () => {
    const id = await created(world.akimatAkmola);
    await expect(deleteProject(world.akimatAlmaty, id, 1)).rejects.toMatchObject({ code: "wrongRegion" });
    expect(await count("Project")).toBe(1);
  });
});
