// Permanent jobs at commissioned objects against a real PostgreSQL: add, edit, mark
// filled or vacant, delete — each audited, under the month lock, in the akimat's own region
// only; the worker link by IIN; personal data hidden from deputies.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeIin } from "@/lib/iin";
import { closeTestPool, resetDatabase } from "./db";
import { session } from "./support/session";
import { auditEvents, buildWorld, count, form, lockMonth, projectFields, type SessionUser, type World } from "./projects/fixtures";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const actions = await import("@/lib/permanent-jobs/actions");
const projectActions = await import("@/lib/projects/actions");
const { listPermanentJobs } = await import("@/lib/permanent-jobs/queries");
const { initialActionState } = await import("@/lib/forms/state");

let world: World;
const as = (user: SessionUser | null) => {
  session.user = user;
};

const COMMISSIONED = { status: "COMMISSIONED", actualStart: "2021-04-05", actualEnd: "2021-08-20", commissionedAt: "2021-09-01" };

async function project(overrides: Record<string, string> = COMMISSIONED): Promise<number> {
  as(world.akimatAkmola);
  const outcome = await projectActions.createProjectAction(initialActionState, form(projectFields(world, overrides))).catch((error: Error) => error.message);
  return Number(/\/projects\/(\d+)/.exec(String(outcome))![1]);
}

const job = (overrides: Record<string, string> = {}) => ({ title: "Сторож", employer: "ГУ «Отдел образования г. Кокшетау»", createdOn: "2021-09-10", filled: "", workerIin: "", ...overrides });

/** A person the akimat's region already knows (its own WorkerRegionName, docs/privacy.md). */
async function worker() {
  const iin = makeIin(new Date(Date.UTC(1998, 4, 17)), "FEMALE", 42)!;
  const row = await prisma.worker.create({ data: { iin, fullName: "Айжан Сейтова", birthDate: new Date(Date.UTC(1998, 4, 17)), sex: "FEMALE" } });
  await prisma.workerRegionName.create({ data: { workerId: row.id, regionId: world.akimatAkmola.regionId!, fullName: "Айжан Сейтова" } });
  return { ...row, iin };
}

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  as(null);
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("permanent jobs", () => {
  it("adds a job linked to a worker by IIN, and audits it without the IIN", async () => {
    const projectId = await project();
    const person = await worker();
    as(world.akimatAkmola);
    const state = await actions.createPermanentJobAction(projectId, initialActionState, form(job({ filled: "on", workerIin: person.iin })));
    expect(state).toMatchObject({ ok: true, message: "created" });
    const stored = await prisma.permanentJob.findFirstOrThrow({ where: { projectId } });
    expect(stored).toMatchObject({ title: "Сторож", filled: true, workerId: person.id });
    const [event] = await auditEvents("permanentJob");
    expect(event).toMatchObject({ action: "create", actorId: world.akimatAkmola.id, after: { projectId, createdOn: "2021-09-10", filled: true, workerId: person.id } });
    expect(JSON.stringify(event)).not.toContain(person.iin);
  });

  it("refuses bad input on its field and writes nothing", async () => {
    const projectId = await project();
    as(world.akimatAkmola);
    const bad = await actions.createPermanentJobAction(projectId, initialActionState, form(job({ title: "", createdOn: "2021-13-01", workerIin: "123" })));
    expect(bad.errors).toMatchObject({ title: ["required"], createdOn: ["invalidDate"], workerIin: ["iinLength"] });
    const early = await actions.createPermanentJobAction(projectId, initialActionState, form(job({ createdOn: "2021-08-31" })));
    expect(early.errors).toEqual({ createdOn: ["createdBeforeCommissioning"] });
    const vacantWithWorker = await actions.createPermanentJobAction(projectId, initialActionState, form(job({ workerIin: (await worker()).iin })));
    expect(vacantWithWorker.errors).toEqual({ workerIin: ["workerOnlyWhenFilled"] });
    const unknown = await actions.createPermanentJobAction(projectId, initialActionState, form(job({ filled: "on", workerIin: makeIin(new Date(Date.UTC(1980, 0, 1)), "MALE", 7)! })));
    expect(unknown.errors).toEqual({ workerName: ["workerNameRequired"] });
    expect(await count("PermanentJob")).toBe(0);
    expect(await count("AuditEvent", "entity = 'permanentJob'")).toBe(0);
  });

  it("accepts jobs only at commissioned objects", async () => {
    const projectId = await project({ status: "IN_PROGRESS", actualStart: "2021-04-05" });
    as(world.akimatAkmola);
    expect(await actions.createPermanentJobAction(projectId, initialActionState, form(job()))).toMatchObject({ ok: false, message: "projectNotCommissioned" });
    expect(await count("PermanentJob")).toBe(0);
  });

  it("marks filled and vacant (vacating drops the worker), edits and deletes, each audited", async () => {
    const projectId = await project();
    const person = await worker();
    as(world.akimatAkmola);
    await actions.createPermanentJobAction(projectId, initialActionState, form(job({ filled: "on", workerIin: person.iin })));
    const { id } = await prisma.permanentJob.findFirstOrThrow({ where: { projectId } });
    expect(await actions.setPermanentJobFilledAction(id, false, initialActionState)).toMatchObject({ ok: true, message: "vacated" });
    expect(await prisma.permanentJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ filled: false, workerId: null });
    // Linked by nothing else, the person's data went with the link (Law No. 94-V): named again, they come back.
    expect(await count("Worker")).toBe(0);
    expect(await actions.setPermanentJobFilledAction(id, true, initialActionState)).toMatchObject({ ok: true, message: "filled" });
    expect(await actions.updatePermanentJobAction(id, initialActionState, form(job({ title: "Старший сторож", filled: "on", workerIin: person.iin, workerName: "Айжан Сейтова" })))).toMatchObject({ ok: true });
    const again = await prisma.worker.findUniqueOrThrow({ where: { iin: person.iin } });
    expect(await prisma.permanentJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Старший сторож", filled: true, workerId: again.id });
    expect(await actions.deletePermanentJobAction(id, initialActionState)).toMatchObject({ ok: true, message: "deleted" });
    expect(await count("PermanentJob")).toBe(0);
    expect((await auditEvents("permanentJob")).map((e) => e.action)).toEqual(["create", "update", "update", "update", "delete"]);
  });

  it("keeps another region's akimat and other roles out", async () => {
    const projectId = await project();
    as(world.akimatAkmola);
    await actions.createPermanentJobAction(projectId, initialActionState, form(job()));
    const { id } = await prisma.permanentJob.findFirstOrThrow({ where: { projectId } });
    as(world.akimatAlmaty);
    expect(await actions.createPermanentJobAction(projectId, initialActionState, form(job()))).toMatchObject({ ok: false, message: "wrongRegion" });
    expect(await actions.updatePermanentJobAction(id, initialActionState, form(job({ title: "Чужое" })))).toMatchObject({ ok: false, message: "wrongRegion" });
    expect(await actions.setPermanentJobFilledAction(id, true, initialActionState)).toMatchObject({ ok: false, message: "wrongRegion" });
    expect(await actions.deletePermanentJobAction(id, initialActionState)).toMatchObject({ ok: false, message: "wrongRegion" });
    as(world.analyst);
    expect(await actions.deletePermanentJobAction(id, initialActionState)).toMatchObject({ ok: false, message: "forbidden" });
    expect(await prisma.permanentJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Сторож", filled: false });
    expect(await count("AuditEvent", "entity = 'permanentJob'")).toBe(1);
  });

  it("refuses writes into a submitted month", async () => {
    const projectId = await project();
    as(world.akimatAkmola);
    await actions.createPermanentJobAction(projectId, initialActionState, form(job({ createdOn: "2021-10-05" })));
    const { id } = await prisma.permanentJob.findFirstOrThrow({ where: { projectId } });
    await lockMonth(world.akmola.id, "2021-09-01");
    expect(await actions.createPermanentJobAction(projectId, initialActionState, form(job({ createdOn: "2021-09-20" })))).toMatchObject({ ok: false, message: "monthLocked", params: { month: "2021-09-01" } });
    // Moving the October job into September would change September's figures.
    expect(await actions.updatePermanentJobAction(id, initialActionState, form(job({ createdOn: "2021-09-20" })))).toMatchObject({ ok: false, message: "monthLocked" });
    expect(await count("PermanentJob")).toBe(1);
  });

  it("hides who fills a job from deputies", async () => {
    const projectId = await project();
    const person = await worker();
    as(world.akimatAkmola);
    await actions.createPermanentJobAction(projectId, initialActionState, form(job({ filled: "on", workerIin: person.iin })));
    const forDeputy = await listPermanentJobs(world.deputy, { id: projectId, regionId: world.akmola.id });
    expect(forDeputy.personalData).toBe(false);
    expect(forDeputy.rows[0]).toMatchObject({ title: "Сторож", filled: true, worker: null });
    const forAkimat = await listPermanentJobs(world.akimatAkmola, { id: projectId, regionId: world.akmola.id });
    expect(forAkimat.rows[0]!.worker).toEqual({ id: person.id, fullName: "Айжан Сейтова", iin: person.iin });
    expect((await listPermanentJobs(world.akimatAlmaty, { id: projectId, regionId: world.akmola.id })).rows[0]!.worker).toBeNull();
  });

  it("keeps a project commissioned while it has permanent jobs", async () => {
    const projectId = await project();
    as(world.akimatAkmola);
    await actions.createPermanentJobAction(projectId, initialActionState, form(job({ createdOn: "2021-09-10" })));
    const back = await projectActions.updateProjectAction(projectId, initialActionState, form({ ...projectFields(world, { ...COMMISSIONED, status: "COMPLETED", commissionedAt: "" }), version: "1" }));
    expect(back).toMatchObject({ ok: false, errors: { status: ["hasPermanentJobs"] } });
    const later = await projectActions.updateProjectAction(projectId, initialActionState, form({ ...projectFields(world, { ...COMMISSIONED, commissionedAt: "2021-09-15" }), version: "1" }));
    expect(later).toMatchObject({ ok: false, errors: { commissionedAt: ["jobsBeforeCommissioning"] } });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("COMMISSIONED");
  });
});
