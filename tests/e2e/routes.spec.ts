// Access, on every path: (1) no page, file or handler answers a signed-out visitor with content;
// (2) nothing a DEPUTY can open — pages, CSV, XLSX, PDF, DOCX — contains a worker's IIN or name.
// Routes are read from the app/ folder (tests/support/routes.ts), so a new route is covered
// without anyone adding it here.
import { expect, test, type APIResponse } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fillPattern, listRoutes, PUBLIC_ROUTES } from "../support/routes";
import { withDatabase } from "./support/database";
import { readPdf } from "./support/pdf";
import { signInAs } from "./support/sign-in";

type Samples = Record<string, string>;

/** Real ids from the seeded database, so that pages render their data rather than "not found". */
async function samplesFromDatabase(): Promise<{ samples: Samples; iins: Set<string>; names: string[]}> {
  return withDatabase(async (client) => {
    const { rows } = await client.query(`
      SELECT p.id, p."districtId", r.code, pl.id AS placement
      FROM "Project" p JOIN "Region" r ON r.id = p."regionId" JOIN "Placement" pl ON pl."projectId" = p.id
      WHERE p."districtId" IS NOT NULL ORDER BY p.id LIMIT 1`);
    const project = rows[0];
    const iins = (await client.query<{ iin: string }>(`SELECT iin FROM "Worker"`)).rows.map((r) => r.iin);
    const names = (
      await client.query<{ fullName: string }>(
        `SELECT w."fullName" FROM "Worker" w JOIN "Placement" p ON p."workerId" = w.id WHERE p."projectId" = $1`,
        [project.id],
      )
    ).rows.map((r) => r.fullName);
    return {
      samples: {
        id: String(project.id),
        placementId: String(project.placement),
        code: project.code,
        regionCode: project.code,
        districtId: String(project.districtId),
        month: "2021-06",
        nextauth: "session",
      },
      iins: new Set(iins),
      names,
    };
  });
}

/** The URLs of one route: file downloads in each of their formats and tables. */
function urlsOf(pattern: string, samples: Samples): string[] {
  if (pattern === "/dashboard/export/[table]") {
    return ["overview", "regions", "districts", "projects", "series", "categories", "workTypes", "sources", "lateReports"].flatMap(
      (table) => ["csv", "xlsx"].map((format) => `/dashboard/export/${table}?format=${format}&region=${samples.code}`),
    );
  }
  if (pattern === "/imports/templates/[kind]") {
    return ["projects", "placements"].flatMap((kind) => ["csv", "xlsx"].map((format) => `/imports/templates/${kind}?format=${format}`));
  }
  return [fillPattern(pattern, samples)];
}

async function textOf(response: APIResponse): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  const body = await response.body();
  if (type.includes("spreadsheetml")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    return cells.join("\n");
  }
  if (type.includes("pdf")) return (await readPdf(new Uint8Array(body))).text;
  if (type.includes("wordprocessingml")) {
    const zip = await JSZip.loadAsync(body);
    return (await zip.file("word/document.xml")?.async("string")) ?? "";
  }
  return body.toString("utf8");
}

const routes = listRoutes().filter((route) => !PUBLIC_ROUTES.includes(route.pattern));

test("a signed-out visitor gets no page, file or data from any route", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const { samples } = await samplesFromDatabase();
  for (const route of routes) {
    for (const url of urlsOf(route.pattern, samples)) {
      const response = await anonymous.get(url, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const refused = status === 401 || ([302, 303, 307, 308].includes(status) && location.includes("/sign-in"));
      expect(refused, `${url} (${route.file}) answered ${status} ${location}`).toBe(true);
    }
  }
  await anonymous.dispose();
});

test("nothing a deputy can open contains a worker's IIN or name", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "DEPUTY");
  const { samples, iins, names } = await samplesFromDatabase();
  expect(names.length).toBeGreaterThan(0);
  let opened = 0;
  for (const route of routes) {
    for (const url of urlsOf(route.pattern, samples)) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      if (response.status() >= 300) continue; // refused or redirected: nothing shown
      opened++;
      const text = await textOf(response);
      const leakedIin = (text.match(/\d{12}/g) ?? []).find((digits) => iins.has(digits));
      expect(leakedIin, `${url} shows an IIN`).toBeUndefined();
      const leakedName = names.find((name) => text.includes(name));
      expect(leakedName, `${url} shows a worker's name`).toBeUndefined();
    }
  }
  // The deputy does open pages and files (dashboards, projects, summary, exports), not only refusals.
  expect(opened).toBeGreaterThan(10);
});

test("every kind of response carries the security headers", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await signInAs(page, "ANALYST");
  const responses = [
    ["sign-in page", await anonymous.get("/sign-in")],
    ["signed-in page", await page.request.get("/dashboard")],
    ["file download", await page.request.get("/dashboard/export/regions?format=csv")],
    ["next-auth endpoint", await anonymous.get("/api/auth/csrf")],
  ] as const;
  for (const [what, response] of responses) {
    expect(response.status(), what).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], what).toContain("default-src 'self'");
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    // No response lets an inline script run without this request's nonce.
    expect(scriptSources(headers["content-security-policy"]!), what).not.toContain("'unsafe-inline'");
  }
  await anonymous.dispose();
});

const scriptSources = (policy: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!.split(" ").slice(1);

test("pages carry a fresh script nonce, which every script of theirs has, and run under it", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await anonymous.get("/sign-in");
    // One policy: a second (the static one of next.config.js) would also apply, without the nonce.
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy")).toHaveLength(1);
    const sources = scriptSources(response.headers()["content-security-policy"]!);
    expect(sources).toContain("'strict-dynamic'");
    const nonce = sources.find((s) => s.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  await anonymous.dispose();

  // In the browser the policy holds and the page still works: no violation, and the client-side
  // form answers (it is rendered and hydrated by nonce-carrying scripts only).
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signInAs(page, "ANALYST");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
