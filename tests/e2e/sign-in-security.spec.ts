// Sign-in and access security against the production build: callbackUrl cannot send anyone off-site
// (in the browser after sign-in, nor by the server's redirect for a signed-in user, nor as a 500);
// refusals answer 403 and out-of-scope ids 404; only the upload route takes a large body.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { SignInPage } from "./pages/SignInPage";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const analyst = DEMO_ACCOUNTS.find((a) => a.role === "ANALYST")!;
const akimat = DEMO_ACCOUNTS.find((a) => a.role === "AKIMAT")!;

test("the sign-in form stays on the portal whatever callbackUrl says (TAB, LF, backslash)", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const hostile of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%09%5Cevil.example"]) {
    await page.context().clearCookies();
    const signIn = new SignInPage(page);
    await signIn.open(`/sign-in?callbackUrl=${hostile}`);
    await signIn.signIn(analyst.email, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    expect(new URL(page.url()).origin, hostile).toBe(origin);
  }
});

test("a signed-in user's redirect from /sign-in stays on the portal, and CR/LF give no 500", async ({ page }) => {
  await signInAs(page, "ANALYST");
  for (const hostile of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%0D%0A%2Fevil.example", "%2F%09%5Cevil.example", "%2Fprojects%0D%0ASet-Cookie:x=1"]) {
    const response = await page.request.get(`/sign-in?callbackUrl=${hostile}`, { maxRedirects: 0 });
    expect(response.status(), hostile).toBe(307);
    const location = response.headers()["location"]!;
    expect(location.startsWith("/") && !location.startsWith("//"), `${hostile} -> ${location}`).toBe(true);
    expect(location).not.toMatch(/evil|[\r\n\t\\]/);
  }
  const kept = await page.request.get("/sign-in?callbackUrl=%2Fprojects%3Fregion%3D11", { maxRedirects: 0 });
  expect(kept.headers()["location"]).toBe("/projects?region=11");
});

test("a page the role may not open answers 403 with the translated refusal; another region's report 404", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  const refused = await page.goto("/admin/users");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: ru.auth.forbiddenTitle })).toBeVisible();
  const other = await withDatabase(async (client) =>
    (await client.query<{ code: string }>(`SELECT code FROM "Region" WHERE code <> $1 ORDER BY code LIMIT 1`, [akimat.regionCode])).rows[0]!.code,
  );
  expect((await page.request.get(`/reports/${other}/2021-06`)).status()).toBe(404);
  expect((await page.request.get(`/reports/${akimat.regionCode}/2021-06`)).status()).toBe(200);
});

test("server actions refuse a body over 1 MB; the upload route refuses strangers before reading theirs", async ({ page, playwright, baseURL }) => {
  // The language switch of the sign-in page is a server action anyone may call. Its own request,
  // replayed without a session, works; the same request with 2 MB more in it is refused.
  await page.goto("/sign-in");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Қазақша" }).click(),
  ]);
  const headers = { "Next-Action": request.headers()["next-action"]!, "Content-Type": request.headers()["content-type"]! };
  const body = request.postData()!;
  const boundary = /boundary=([^;]+)/.exec(headers["Content-Type"])![1]!;
  const padded = body.replace(`--${boundary}--`, `--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n${"x".repeat(2 * 1024 * 1024)}\r\n--${boundary}--`);
  expect(padded.length).toBeGreaterThan(2 * 1024 * 1024);
  const anonymous = await playwright.request.newContext({ baseURL });
  const small = await anonymous.post("/sign-in", { headers, data: body, maxRedirects: 0 });
  expect(small.status()).toBeLessThan(400);
  const large = await anonymous.post("/sign-in", { headers, data: padded, maxRedirects: 0 });
  expect(large.status()).toBeGreaterThanOrEqual(400);
  expect(large.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
  const upload = await anonymous.post("/imports/upload", { multipart: { kind: "PLACEMENTS", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.alloc(3 * 1024 * 1024) } } });
  expect(upload.status()).toBe(401);
  await anonymous.dispose();
});
