// Bad input in an import gets a clear, translated error and writes nothing: each file below was
// tried by hand and was either stored wrong ("[object Object]", "#REF!", mojibake, the export's
// apostrophe) or ended as "unexpected". Through the job runner, as the portal runs imports; the
// "writes nothing" check counts the rows of every table an import writes before and after.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { type Actor, csv, goodPlacements, importFixture, PEOPLE, PLACEMENT_HEADER, tableCounts } from "./imports/fixture";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));

const { prisma } = await import("@/lib/db/client");
const { DomainError } = await import("@/lib/forms/state");
const { confirmImportJob, createImportJob } = await import("@/lib/imports/mutations");
const { getImportJob } = await import("@/lib/imports/queries");
const { runImportJob } = await import("@/lib/imports/runner.server");
const { closeImportPool } = await import("@/lib/imports/pool.server");
const { MAX_CELL_LENGTH, MAX_FILE_MB } = await import("@/lib/imports/limits");

let f: Awaited<ReturnType<typeof importFixture>>;

async function dryRun(actor: Actor, bytes: Uint8Array, kind: "PLACEMENTS" | "PROJECTS" = "PLACEMENTS", name = "file.csv") {
  const id = await createImportJob(actor, kind, { name, bytes });
  await runImportJob(id);
  return (await getImportJob({ regionId: actor.regionId }, id))!;
}

async function commit(actor: Actor, id: number) {
  await confirmImportJob(actor, id);
  await runImportJob(id);
  return (await getImportJob({ regionId: actor.regionId }, id))!;
}

const errorList = (job: { errors: Array<{ row: number; column: string | null; code: string }> }) => job.errors.map((e) => [e.row, e.column, e.code]);

/** A dry run of `bytes` that must end with `expected` errors, write nothing and not be committable. */
async function refusedWithoutWriting(bytes: Uint8Array, name: string) {
  const before = await tableCounts();
  const job = await dryRun(f.akimat, bytes, "PLACEMENTS", name);
  await expect(confirmImportJob(f.akimat, job.id)).rejects.toThrow(DomainError);
  expect(await tableCounts()).toEqual(before);
  return job;
}

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
  f = await importFixture();
});

afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
});

describe("XLSX cells that are not values", () => {
  it("refuses formulas without a cached value and error cells naming the cell, and reads rich text and hyperlinks as text", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.addRow(PLACEMENT_HEADER.split(";"));
    sheet.addRow([PEOPLE.young, { formula: "B1&\"x\"" }, "AKM-001", "01.02.2022"]);
    sheet.addRow([PEOPLE.older, { richText: [{ text: "Айгуль " }, { font: { bold: true }, text: "Сатпаева" }] }, { error: "#REF!" }, "15.02.2022"]);
    sheet.addRow([PEOPLE.third, { text: "Асхат Омаров", hyperlink: "https://example.org" }, "AKM-002", { formula: "1/0", result: { error: "#DIV/0!" } }]);
    const job = await refusedWithoutWriting(new Uint8Array(await book.xlsx.writeBuffer()), "placements.xlsx");
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 3, errorRows: 3 });
    expect(errorList(job)).toEqual([[2, "fullName", "formulaWithoutValue"], [3, "projectCode", "cellError"], [4, "hiredAt", "cellError"]]);
    expect(job.errors.map((e) => e.value)).toEqual(['=B1&"x"', "#REF!", "#DIV/0!"]);
  });
});

describe("encodings", () => {
  const text = `${goodPlacements().join("\r\n")}\r\n`;

  it("refuses a UTF-8 file with one stray byte instead of storing mojibake", async () => {
    const utf8 = new TextEncoder().encode(text);
    const job = await refusedWithoutWriting(new Uint8Array([...utf8.subarray(0, 300), 0xff, ...utf8.subarray(300)]), "placements.csv");
    expect(job).toMatchObject({ status: "FAILED", failureCode: "unrecognisedEncoding" });
    expect(job.errors).toEqual([{ row: 0, column: null, value: "", code: "unrecognisedEncoding" }]);
  });

  it("refuses Mac-Cyrillic with English headers, KOI8-R and UTF-16 without a byte-order mark", async () => {
    const english = text.replace(PLACEMENT_HEADER, "iin;fullName;projectCode;hiredAt;endedAt;position;referredByEmploymentCentre;referralNumber;unemployedBeforeHiring").replace(/Жұ/g, "Жу");
    for (const [encoding, body] of [["maccyrillic", english], ["koi8-r", text.replace(/Жұ/g, "Жу")], ["utf16le", text]] as const) {
      const job = await refusedWithoutWriting(new Uint8Array(iconv.encode(body, encoding)), "placements.csv");
      expect(job, encoding).toMatchObject({ status: "FAILED", failureCode: "unrecognisedEncoding" });
    }
  });
});

describe("cells PostgreSQL or the reader cannot take", () => {
  it("refuses a NUL byte in a cell as an error of its row and column", async () => {
    const lines = goodPlacements();
    lines[1] = lines[1]!.replace("Ерлан", "Ер\u0000лан");
    const job = await refusedWithoutWriting(csv(lines), "placements.csv");
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 3, errorRows: 1 });
    expect(errorList(job)).toEqual([[2, "fullName", "nulCharacter"]]);
  });

  it("refuses a cell over the maximum length before reading it", async () => {
    const lines = goodPlacements();
    lines[2] = lines[2]!.replace("2022-03-01", `${"1".repeat(100_000)}x`);
    const job = await refusedWithoutWriting(csv(lines), "placements.csv");
    expect(errorList(job)).toEqual([[3, "hiredAt", "cellTooLong"]]);
    expect(job.errors[0]!.params).toEqual({ max: MAX_CELL_LENGTH });
  });
});

describe("the projects download with names a spreadsheet would run as formulas", () => {
  it("comes back unchanged in CSV as in XLSX: the import takes off exactly the apostrophe the export put on", async () => {
    const names = { [f.school]: "=HYPERLINK(\"http://x\")", [f.clinic]: "'=1+1 (с апострофом)" };
    for (const [id, name] of Object.entries(names)) await testPool().query(`UPDATE "Project" SET name = $2 WHERE id = $1`, [Number(id), name]);
    const { registryFileRows } = await import("@/lib/projects/queries");
    const { parseRegistryFilters } = await import("@/lib/projects/registry");
    const { csvTemplate, xlsxTemplate } = await import("@/lib/imports/templates");
    const rows = await registryFileRows(f.akimat, parseRegistryFilters({}), "ru");
    const download = csvTemplate("PROJECTS", "ru", rows);
    expect(new TextDecoder().decode(download)).toContain(`;"'=HYPERLINK(""http://x"")";`);
    for (const [name, bytes] of [["projects.csv", download], ["projects.xlsx", await xlsxTemplate("PROJECTS", "ru", null, rows)]] as const) {
      const job = await dryRun(f.akimat, bytes, "PROJECTS", name);
      expect(job, name).toMatchObject({ status: "VALIDATED", errorRows: 0, dryRun: { create: 0, update: 0, unchanged: 2 } });
      expect((await commit(f.akimat, job.id)).committed, name).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    }
    const { rows: stored } = await testPool().query<{ id: number; name: string }>(`SELECT id, name FROM "Project" WHERE id = ANY($1) ORDER BY id`, [[f.school, f.clinic]]);
    expect(stored).toEqual([{ id: f.school, name: names[f.school] }, { id: f.clinic, name: names[f.clinic] }]);
  });
});

describe("a projects file whose works dates leave a placement's hiring outside them", () => {
  it("is refused on the date's cell, naming the hiring, as the project form refuses it", async () => {
    await testPool().query(`UPDATE "Project" SET status = 'IN_PROGRESS', "actualStart" = '2022-02-01' WHERE id = ANY($1)`, [[f.school, f.clinic]]);
    const placements = await dryRun(f.akimat, csv(goodPlacements()));
    expect((await commit(f.akimat, placements.id)).status).toBe("COMMITTED");
    const { registryFileRows } = await import("@/lib/projects/queries");
    const { parseRegistryFilters } = await import("@/lib/projects/registry");
    const { csvTemplate } = await import("@/lib/imports/templates");
    const rows = await registryFileRows(f.akimat, parseRegistryFilters({}), "ru");
    const school = rows.find((row) => row.code === "AKM-001")!;
    school.actualStart = new Date("2022-02-10T00:00:00Z");
    const job = await dryRun(f.akimat, csvTemplate("PROJECTS", "ru", rows), "PROJECTS", "projects.csv");
    expect(job.errors.map((e) => [e.column, e.code, e.params])).toEqual([["actualStart", "placementsBeforeStart", { date: "01.02.2022" }]]);
  });
});

describe("an upload posted directly", () => {
  async function post(body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
    const { NextRequest } = await import("next/server");
    const { POST } = await import("@/app/imports/upload/route");
    const request = new NextRequest("http://portal.test/imports/upload", {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x", origin: "http://portal.test", host: "portal.test", ...headers },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await POST(request);
    return { status: response.status, state: await response.json() };
  }

  /** A multipart body of `megabytes` MB of file, sent in chunks as a browser or curl streams it. */
  function sixtyMegabytes(megabytes = 60): ReadableStream<Uint8Array> {
    const head = new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nPLACEMENTS\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n');
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = -1;
    return new ReadableStream({
      pull(controller) {
        if (sent === -1) controller.enqueue(head);
        else if (sent < megabytes) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode("\r\n--x--\r\n"));
          controller.close();
        }
        sent++;
      },
    });
  }

  it("answers 413 with the size limit in the user's language when it has no Content-Length (chunked), writing nothing", async () => {
    session.user = { id: f.akimat.id, email: "akimat.akmola@test", name: "Ольга", role: "AKIMAT", regionId: f.akmola, sessionVersion: 0 };
    const jobs = await prisma.importJob.count();
    const russian = await post(sixtyMegabytes(), {});
    expect(russian).toMatchObject({ status: 413, state: { ok: false, errors: { file: ["fileTooLarge"] }, params: { maxMb: MAX_FILE_MB } } });
    expect(russian.state.text).toBe(`Файл больше ${MAX_FILE_MB} МБ. Разделите его на части.`);
    const kazakh = await post(sixtyMegabytes(), { cookie: "NEXT_LOCALE=kk" });
    expect(kazakh.status).toBe(413);
    expect(kazakh.state.text).toContain(String(MAX_FILE_MB));
    expect(kazakh.state.text).not.toBe(russian.state.text);
    // A body longer than its Content-Length said is refused too, never read to its end.
    expect((await post(sixtyMegabytes(), { "content-length": "1000" })).status).toBe(413);
    expect(await prisma.importJob.count()).toBe(jobs);
  });
});
