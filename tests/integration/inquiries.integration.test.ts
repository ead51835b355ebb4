// Deputies' inquiries against a real database: an analyst registers an inquiry and
// answers it from a snapshot; deputies see only their own inquiries, never drafts, and the sent
// answer; the PDF (embedded Noto Sans, Kazakh letters) and DOCX exports carry the snapshot's
// figures and are refused to those who may not read the answer.
import path from "node:path";
import * as fontkit from "fontkit";
import JSZip from "jszip";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/forms/state";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { buildReportFixture, type ReportFixture } from "./snapshots/fixture";
import { KAZAKH_LETTERS, readPdf } from "../e2e/support/pdf";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { createInquiryAction, draftAnswerAction, saveAnswerAction, sendAnswerAction } = await import("@/lib/inquiries/actions");
const { getInquiry, listDeputyAccounts, listInquiries } = await import("@/lib/inquiries/queries");
const { loadAnswerExport } = await import("@/lib/inquiries/export");
const { answerDocx } = await import("@/lib/inquiries/docx");
const { publishSnapshot } = await import("@/lib/snapshots/mutations");
const { loadReport } = await import("@/lib/snapshots/load-report");
const { renderAnswerPdf, renderSummaryPdf } = await import("@/lib/pdf/render");
const { translatorFor } = await import("@/lib/pdf/translator");
const { initialActionState } = await import("@/lib/forms/state");

let fixture: ReportFixture;
const as = (id: number, role: Actor["role"]): Actor => ({ id, role, regionId: null });
const analyst = () => as(fixture.users.analyst, "ANALYST");
const deputyA = () => as(fixture.users.deputyA, "DEPUTY");
const deputyB = () => as(fixture.users.deputyB, "DEPUTY");

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

async function register(actor: Actor, number: string, deputyIds: number[]): Promise<number> {
  session.user = actor;
  const fields = { number, receivedOn: "2020-09-30", dueOn: "2020-10-15", authors: "Депутаты Мажилиса", faction: "Фракция партии «Nur Otan»", subject: "О продолжении Дорожной карты занятости в 2021 году", deputyIds: deputyIds.map(String) };
  const outcome = await createInquiryAction(initialActionState, form(fields)).catch((error: { url?: string }) => error);
  const url = (outcome as { url?: string }).url;
  if (!url) throw new Error(`inquiry not created: ${JSON.stringify(outcome)}`);
  return Number(url.split("/").at(-1));
}

beforeEach(async () => {
  await resetDatabase();
  fixture = await buildReportFixture(testPool());
});
afterAll(closeTestPool);

describe("registering an inquiry", () => {
  it("lets an analyst register it with the deputies' accounts, audited; refuses a taken number and a non-deputy", async () => {
    const id = await register(analyst(), "ДЗ-145", [fixture.users.deputyA]);
    const inquiry = (await getInquiry(analyst(), id))!;
    expect(inquiry).toMatchObject({ number: "ДЗ-145", status: "RECEIVED", faction: "Фракция партии «Nur Otan»", deputies: [{ id: fixture.users.deputyA, name: "Депутат А" }] });
    expect(inquiry.receivedOn.toISOString()).toBe("2020-09-30T00:00:00.000Z");
    const audit = await testPool().query(`SELECT "actorId", action FROM "AuditEvent" WHERE entity = 'inquiry' AND "entityId" = $1`, [String(id)]);
    expect(audit.rows).toEqual([{ actorId: fixture.users.analyst, action: "create" }]);

    session.user = analyst();
    const base = { receivedOn: "2020-09-30", dueOn: "2020-10-15", authors: "А", subject: "Б" };
    expect(await createInquiryAction(initialActionState, form({ ...base, number: "ДЗ-145" }))).toMatchObject({ ok: false, errors: { number: ["numberTaken"] } });
    expect(await createInquiryAction(initialActionState, form({ ...base, number: "ДЗ-146", deputyIds: [String(fixture.users.analyst)] }))).toMatchObject({ ok: false, errors: { deputyIds: ["notDeputy"] } });
    session.user = as(fixture.users.akimat, "AKIMAT");
    expect(await createInquiryAction(initialActionState, form({ ...base, number: "ДЗ-147" }))).toMatchObject({ ok: false, message: "forbidden" });
  });

  it("links a deputy who registers their own inquiry to it", async () => {
    const id = await register(deputyB(), "ДЗ-200", []);
    expect((await getInquiry(deputyB(), id))?.number).toBe("ДЗ-200");
    expect(await getInquiry(deputyA(), id)).toBeNull();
  });
});

describe("who a deputy's inquiry is linked to, and what its errors tell", () => {
  const base = { receivedOn: "2020-09-30", dueOn: "2020-10-15", authors: "Депутат", subject: "О занятости" };
  const attempt = (actor: Actor, fields: Record<string, string | string[]>) => {
    session.user = actor;
    return createInquiryAction(initialActionState, form({ ...base, ...fields })).catch((error: { url?: string }) => ({ redirectedTo: error.url?.replace(/\d+$/, "<id>") }));
  };

  it("links a deputy's inquiry to that deputy only, whatever deputy ids the request carries", async () => {
    const id = await register(deputyA(), "ДЗ-300", [fixture.users.deputyB, fixture.users.analyst, 999_999]);
    expect((await getInquiry(analyst(), id))?.deputies).toEqual([{ id: fixture.users.deputyA, name: "Депутат А" }]);
    expect(await listInquiries(deputyB())).toEqual([]);
    expect(await getInquiry(deputyB(), id)).toBeNull();
    const audit = await testPool().query(`SELECT after -> 'deputyIds' AS ids FROM "AuditEvent" WHERE entity = 'inquiry' AND "entityId" = $1`, [String(id)]);
    expect(audit.rows).toEqual([{ ids: [fixture.users.deputyA] }]);
    // The deputy's form is not offered the list of colleagues either.
    await expect(listDeputyAccounts(deputyA())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers a deputy alike for a number another deputy or the ministry used and for a never-used one", async () => {
    await register(deputyB(), "ДЗ-500", []);
    await register(analyst(), "ДЗ-501", [fixture.users.deputyB]);
    // With another field wrong, the refusals are identical…
    const wrongDue = { dueOn: "2020-09-01" };
    const never = (await attempt(deputyA(), { ...wrongDue, number: "ДЗ-777" })) as ActionState;
    expect(never).toMatchObject({ ok: false, errors: { dueOn: ["dueBeforeReceived"] } });
    expect(await attempt(deputyA(), { ...wrongDue, number: "ДЗ-500" })).toEqual({ ...never, values: { ...never.values, number: "ДЗ-500" } });
    expect(await attempt(deputyA(), { ...wrongDue, number: "ДЗ-501" })).toEqual({ ...never, values: { ...never.values, number: "ДЗ-501" } });
    // …and otherwise all three are registered, in the deputy's own register.
    for (const number of ["ДЗ-777", "ДЗ-500", "ДЗ-501"]) expect(await attempt(deputyA(), { number }), number).toEqual({ redirectedTo: "/inquiries/<id>" });
    expect((await listInquiries(deputyA())).map((i) => i.number).sort()).toEqual(["ДЗ-500", "ДЗ-501", "ДЗ-777"]);
    expect((await listInquiries(deputyB())).map((i) => i.number).sort()).toEqual(["ДЗ-500", "ДЗ-501"]);
    // Only their own repeated number is refused; the ministry's register still refuses its repeats.
    expect(await attempt(deputyA(), { number: "ДЗ-777" })).toMatchObject({ ok: false, errors: { number: ["numberTakenByYou"] } });
    expect(await attempt(analyst(), { number: "ДЗ-501" })).toMatchObject({ ok: false, errors: { number: ["numberTaken"] } });
  });

  it("lets an analyst link co-signers, with one error for any id that is not an active deputy's", async () => {
    const id = await register(analyst(), "ДЗ-600", [fixture.users.deputyA, fixture.users.deputyB]);
    expect((await listInquiries(deputyA())).map((i) => i.id)).toEqual([id]);
    expect((await listInquiries(deputyB())).map((i) => i.id)).toEqual([id]);
    expect(await listDeputyAccounts(analyst())).toEqual([{ id: fixture.users.deputyA, name: "Депутат А" }, { id: fixture.users.deputyB, name: "Депутат Б" }]);

    const inactive = (await testPool().query(`INSERT INTO "User"(email, name, role, active, "passwordHash", "updatedAt") VALUES ('gone@test.kz', 'Бывший', 'DEPUTY', false, 'x', now()) RETURNING id`)).rows[0].id as number;
    const refusals: unknown[] = [];
    for (const other of [String(fixture.users.analyst), "999999", String(inactive), "abc", "-1", "1.5"]) {
      // The same refusal for each (the form's own values, echoed back, aside).
      const { values: _values, ...outcome } = (await attempt(analyst(), { number: "ДЗ-601", deputyIds: [String(fixture.users.deputyA), other] })) as ActionState;
      refusals.push(outcome);
    }
    for (const outcome of refusals) expect(outcome).toEqual(refusals[0]);
    expect(refusals[0]).toMatchObject({ ok: false, errors: { deputyIds: ["notDeputy"] } });
  });
});

describe("answering and who sees what", () => {
  it("drafts from a snapshot in Kazakh, hides the draft from deputies, shows the sent answer to its deputies only", async () => {
    const snapshot = await publishSnapshot(analyst(), { title: "Қазан 2020", note: null });
    const mine = await register(analyst(), "ДЗ-145", [fixture.users.deputyA]);
    const other = await register(analyst(), "ДЗ-146", [fixture.users.deputyB]);

    session.user = deputyA();
    expect(await draftAnswerAction(mine, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk" }))).toMatchObject({ ok: false, message: "forbidden" });

    session.user = analyst();
    const drafted = await draftAnswerAction(mine, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk", answerText: "" }));
    expect(drafted.ok).toBe(true);
    const text = String(drafted.data?.text);
    expect(text).toMatch(/^Құрметті депутаттар!\n\n30\.09\.2020 жылғы № ДЗ-145 /);
    expect(text).toContain("9 адам жұмысқа орналастырылды"); // 9 distinct people in the fixture
    expect(text).toContain("«Қазан 2020» суреті");
    expect(await draftAnswerAction(mine, initialActionState, form({ snapshotId: "", answerLocale: "kk" }))).toMatchObject({ ok: false, errors: { snapshotId: ["snapshotRequired"] } });

    const edited = `${text}\n\nЖұмыс Үкіметтің ерекше бақылауында.`;
    expect(await saveAnswerAction(mine, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk", answerText: edited }))).toMatchObject({ ok: true, message: "saved" });

    // A deputy sees their own inquiry, not the other deputy's, and not the draft.
    expect((await listInquiries(deputyA())).map((i) => i.number)).toEqual(["ДЗ-145"]);
    expect((await listInquiries(deputyB())).map((i) => i.number)).toEqual(["ДЗ-146"]);
    expect(await getInquiry(deputyA(), other)).toBeNull();
    const draftForDeputy = (await getInquiry(deputyA(), mine))!;
    expect(draftForDeputy.status).toBe("DRAFTING");
    expect(draftForDeputy.answer).toBeNull();
    expect(draftForDeputy.deputies).toBeNull();
    expect(await loadAnswerExport(deputyA(), String(mine))).toEqual({ ok: false });
    expect(await loadAnswerExport(deputyB(), String(mine))).toEqual({ ok: false });
    expect((await loadAnswerExport(analyst(), String(mine))).ok).toBe(true);

    session.user = deputyA();
    expect(await sendAnswerAction(mine, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk", answerText: "Деп." }))).toMatchObject({ ok: false, message: "forbidden" });
    session.user = analyst();
    expect(await sendAnswerAction(mine, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk", answerText: edited }))).toMatchObject({ ok: true, message: "sent" });
    expect(await saveAnswerAction(mine, initialActionState, form({ snapshotId: "", answerLocale: "ru", answerText: "Иначе" }))).toMatchObject({ ok: false, message: "alreadySent" });

    const sent = (await getInquiry(deputyA(), mine))!;
    expect(sent.status).toBe("SENT");
    expect(sent.answer).toMatchObject({ text: edited, locale: "kk", snapshot: { id: snapshot.id, title: "Қазан 2020" } });
    expect(await getInquiry(deputyB(), mine)).toBeNull();
    expect((await loadAnswerExport(deputyA(), String(mine))).ok).toBe(true);
    expect(await loadAnswerExport(deputyB(), String(mine))).toEqual({ ok: false });
    const audit = await testPool().query(`SELECT action FROM "AuditEvent" WHERE entity = 'inquiry' AND "entityId" = $1 ORDER BY id`, [String(mine)]);
    expect(audit.rows.map((r) => r.action)).toEqual(["create", "saveAnswer", "send"]);
  });
});

describe("exports", () => {
  it("renders the answer as a PDF with the embedded font, the Kazakh text and the snapshot's figures, and as DOCX", async () => {
    const snapshot = await publishSnapshot(analyst(), { title: "Қазан 2020", note: null });
    const id = await register(analyst(), "ДЗ-145", [fixture.users.deputyA]);
    session.user = analyst();
    const drafted = await draftAnswerAction(id, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk" }));
    const text = `${drafted.data?.text}\n\nӘәҒғҚқҢңӨөҰұҮүҺһІі`;
    await sendAnswerAction(id, initialActionState, form({ snapshotId: String(snapshot.id), answerLocale: "kk", answerText: text }));

    const loaded = await loadAnswerExport(deputyA(), String(id));
    if (!loaded.ok) throw new Error("export refused");
    const pdf = await renderAnswerPdf(loaded);
    const read = await readPdf(pdf);
    for (const letter of KAZAKH_LETTERS) expect(read.text).toContain(letter);
    expect(read.text).toContain("№ ДЗ-145 депутаттық сауалға жауап");
    expect(read.text).toContain("Жұмысқа орналасқан адамдар");
    expect(read.fonts.length).toBeGreaterThan(0);
    for (const font of read.fonts) expect(font, font.name).toMatchObject({ embedded: true, name: expect.stringContaining("NotoSans") });
    // The font file itself has a glyph for every Kazakh letter (no empty boxes).
    const font = fontkit.openSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"));
    for (const letter of KAZAKH_LETTERS) expect(font.hasGlyphForCodePoint(letter.codePointAt(0)!), letter).toBe(true);

    const docx = await answerDocx(loaded.data, loaded.locale);
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("ӘәҒғҚқҢңӨөҰұҮүҺһІі");
    expect(xml).toContain("Жұмысқа орналасқан адамдар");
    expect(xml).toContain("Times New Roman");
  });

  it("renders the summary report PDF in Kazakh with the same figures as the snapshot", async () => {
    const snapshot = await publishSnapshot(analyst(), { title: "Снимок", note: null });
    const loaded = await loadReport(deputyA(), { snapshot: snapshot.id });
    if (!loaded.ok) throw new Error("report refused");
    const pdf = await renderSummaryPdf({ report: loaded.report, snapshot: loaded.snapshot, locale: "kk", t: await translatorFor("kk") });
    const read = await readPdf(pdf);
    expect(read.text).toContain("Жұмыспен қамтудың жол картасының іске асырылуы туралы жиынтық есеп");
    expect(read.text).toContain("Қарағанды облысы");
    expect(read.text).toContain("Жұмысқа орналасқан адамдар 9");
    for (const font of read.fonts) expect(font.embedded).toBe(true);
  });
});

