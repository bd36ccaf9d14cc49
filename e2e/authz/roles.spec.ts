import { expect, test, type APIResponse } from "@playwright/test";
import { call, createUser } from "../support/api";
import { appUrl, pathIs, signIn, submitLogin } from "../support/browser";

type ErrorAnswer = { error: { code: string; message: string } };

async function expectJsonError(response: APIResponse, status: number, where: string): Promise<void> {
  expect(response.status(), where).toBe(status);
  expect(response.headers()["content-type"], where).toContain("application/json");
  const body = (await response.json()) as ErrorAnswer;
  expect(body.error.code, where).toMatch(/^[a-z_]+$/);
  expect(body.error.message, where).toBeTruthy();
}

async function userId(email: string): Promise<string> {
  const users = await call<{ items: { id: string; email: string }[] }>("GET", "/api/v1/users");
  const user = users.body.items.find((u) => u.email === email);
  if (!user) throw new Error(`user ${email} is not listed`);
  return user.id;
}

for (const role of ["viewer", "analyst", "operator"] as const) {
  test(`${role}: signs in, sees no settings, and the API refuses admin work with 403`, async ({ page }) => {
    const user = await createUser(role);
    await signIn(page, user);
    await expect(page.getByRole("complementary").getByText(role, { exact: true })).toBeVisible();

    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
    for (const pathname of ["/settings", "/settings/users", "/settings/api-keys"]) {
      await page.goto(appUrl(pathname));
      await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "403 · Admins only" }), pathname).toBeVisible();
      await expect(page.getByRole("main")).toContainText(`You are signed in as ${role}.`);
      await expect(page.getByRole("table"), pathname).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Settings sections" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Create (key|user)$/ })).toHaveCount(0);
    }

    // The page's session cookie, used directly against the API.
    await expectJsonError(await page.request.get(appUrl("/api/v1/users")), 403, `${role} GET /api/v1/users`);
    await expectJsonError(await page.request.get(appUrl("/api/v1/api-keys")), 403, `${role} GET /api/v1/api-keys`);
    await expectJsonError(
      await page.request.post(appUrl("/api/v1/api-keys"), { data: { name: `by-${role}`, scopes: ["admin"] } }),
      403,
      `${role} POST /api/v1/api-keys`,
    );
    await expectJsonError(
      await page.request.post(appUrl("/api/v1/users"), { data: { email: `x-${role}@ringwatch.test`, name: "x", role: "admin", password: "0123456789abc" } }),
      403,
      `${role} POST /api/v1/users`,
    );
    const devices = await page.request.get(appUrl("/api/v1/devices"));
    expect(devices.status()).toBe(200);
    expect(await devices.json()).toMatchObject({ items: expect.any(Array) });
  });
}

test("a disabled user is refused by the API within the cache time and sent to /login", async ({ page }) => {
  const user = await createUser("viewer");
  await signIn(page, user);
  expect((await page.request.get(appUrl("/api/v1/devices"))).status()).toBe(200);

  const disabled = await call("PATCH", `/api/v1/users/${await userId(user.email)}`, { json: { disabled: true } });
  expect(disabled.status, disabled.text).toBe(200);
  expect(disabled.body).toMatchObject({ email: user.email, disabledAt: expect.any(String) });

  // Disabling ends the sessions at once here; another app instance may take up to 5 s (SESSION_CACHE_TTL_MS).
  await expect.poll(async () => (await page.request.get(appUrl("/api/v1/devices"))).status(), { timeout: 12_000, intervals: [250] }).toBe(401);
  await expectJsonError(await page.request.get(appUrl("/api/v1/devices")), 401, "disabled user GET /api/v1/devices");

  // The open overview polls and, on its next 401, sends itself to /login; a fresh tab with the same
  // cookies shows what loading a page does, without racing that redirect.
  const tab = await page.context().newPage();
  await page.close();
  // Wait for the redirect itself, not for the refused page's load event (once seen to hang for 45 s).
  await tab.goto(appUrl("/devices"), { waitUntil: "commit" });
  await tab.waitForURL(pathIs("/login"), { timeout: 15_000 });
  expect(new URL(tab.url()).searchParams.get("callbackUrl")).toBe("/devices");
  await expect(tab.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();

  // And the password no longer opens a session.
  await submitLogin(tab, user);
  await expect(tab.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  expect(new URL(tab.url()).pathname).toBe("/login");
});
