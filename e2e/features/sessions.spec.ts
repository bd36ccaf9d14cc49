import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { call, createUser } from "../support/api";
import { appUrl, pathIs, signIn, submitLogin, type Credentials } from "../support/browser";

/**
 * Server-side session ends (OWASP ASVS V3.3): a password reset, a disable or a sign-out ends the
 * sessions it should at once, in every browser that holds one. Own users: sign-in is throttled per email.
 */

interface Me {
  role: string;
  permissions: string[];
}

async function signedIn(browser: Browser, user: Credentials): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

const me = (page: Page) => page.request.get(appUrl("/api/v1/me"));

async function patchUser(id: string, change: Record<string, unknown>): Promise<void> {
  const answer = await call("PATCH", `/api/v1/users/${id}`, { json: change });
  expect(answer.status, answer.text).toBe(200);
}

/** The open page polls the API; its first 401 sends it to /login by itself, with the way back. */
async function expectSentToLogin(page: Page, from: string): Promise<void> {
  await page.waitForURL(pathIs("/login"), { timeout: 25_000 });
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(from);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
}

async function expectWrongCredentials(browser: Browser, user: Credentials): Promise<void> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(appUrl("/login"));
  await submitLogin(page, user);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await context.close();
}

test("an admin's password reset ends the user's sessions in both browsers; the new password signs in", async ({ browser }) => {
  const user = await createUser("viewer");
  const laptop = await signedIn(browser, user);
  const phone = await signedIn(browser, user);
  expect((await me(laptop.page)).status()).toBe(200);
  expect((await me(phone.page)).status()).toBe(200);

  const newPassword = `${user.password}-reset`;
  await patchUser(user.id, { password: newPassword });

  expect((await me(laptop.page)).status()).toBe(401);
  await expectSentToLogin(phone.page, "/overview");
  // A page load checks the session on the server too (a new tab: the open one is redirecting itself).
  const tab = await laptop.context.newPage();
  await tab.goto(appUrl("/devices"), { waitUntil: "commit" });
  await tab.waitForURL(pathIs("/login"), { timeout: 15_000 });

  await expectWrongCredentials(browser, user);
  const fresh = await signedIn(browser, { email: user.email, password: newPassword });
  expect((await me(fresh.page)).status()).toBe(200);
  await Promise.all([laptop.context.close(), phone.context.close(), fresh.context.close()]);
});

test("disabling a user ends their session, and enabling them again does not bring it back", async ({ browser }) => {
  const user = await createUser("operator");
  const bystander = await createUser("viewer");
  const victim = await signedIn(browser, user);
  const other = await signedIn(browser, bystander);
  const cookies = await victim.context.storageState();

  await patchUser(user.id, { disabled: true });
  expect((await me(victim.page)).status()).toBe(401);
  await expectSentToLogin(victim.page, "/overview");
  expect((await me(other.page)).status(), "another user's session is untouched").toBe(200);

  await patchUser(user.id, { disabled: false });
  const stale = await browser.newContext({ storageState: cookies });
  expect((await stale.request.get(appUrl("/api/v1/me"))).status()).toBe(401);
  // next-auth's own endpoint no longer renews it either: it answers no session and clears the cookie.
  const renewal = await stale.request.get(appUrl("/api/auth/session"));
  expect(await renewal.json()).toEqual({});
  expect(renewal.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;/);
  const back = await signedIn(browser, user);
  expect((await me(back.page)).status()).toBe(200);
  await Promise.all([victim.context.close(), other.context.close(), stale.close(), back.context.close()]);
});

test("a role change applies to the open session's next request", async ({ browser }) => {
  const user = await createUser("viewer");
  const { context, page } = await signedIn(browser, user);
  expect(await (await me(page)).json()).toMatchObject({ role: "viewer" });
  await patchUser(user.id, { role: "operator" });
  const after = (await (await me(page)).json()) as Me;
  expect(after.role).toBe("operator");
  expect(after.permissions).toContain("deployments:operate");
  await context.close();
});

test("signing out ends the session on the server: its cookie, kept elsewhere, no longer works", async ({ browser }) => {
  const user = await createUser("viewer");
  const { context, page } = await signedIn(browser, user);
  const cookies = await context.storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(pathIs("/login"));

  const copy = await browser.newContext({ storageState: cookies });
  expect((await copy.request.get(appUrl("/api/v1/me"))).status()).toBe(401);
  await Promise.all([context.close(), copy.close()]);
});

test("failed and successful sign-ins are in the audit log and in /metrics, without the password", async ({ browser }) => {
  const user = await createUser("viewer");
  const failures = async (reason: string) => {
    const text = (await call("GET", "/metrics")).text;
    return Number(new RegExp(`^ringwatch_sign_in_failures_total\\{reason="${reason}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? NaN);
  };
  const before = { wrong: await failures("wrong_password"), unknown: await failures("unknown_account") };
  const wrongPassword = `${user.password}-wrong`;
  const nobody = { email: `nobody-${user.id.slice(0, 8)}@ringwatch.test`, password: "not-a-real-password" };
  await expectWrongCredentials(browser, { email: user.email, password: wrongPassword });
  await expectWrongCredentials(browser, nobody);
  const { context } = await signedIn(browser, user);

  expect(await failures("wrong_password")).toBe(before.wrong + 1);
  expect(await failures("unknown_account")).toBe(before.unknown + 1);
  const audit = await call<{ items: { actor: string; action: string; reason: string | null }[] }>("GET", `/api/v1/audit?targetType=user&targetId=${user.id}`);
  expect(audit.body.items.map(({ actor, action, reason }) => ({ actor, action, reason }))).toEqual([
    { actor: user.email, action: "user.signed_in", reason: null },
    { actor: user.email, action: "user.sign_in_failed", reason: "wrong_password" },
    // The admin key that created the user (support/api.ts createUser) is audited too.
    { actor: "key:bootstrap", action: "user.created", reason: null },
  ]);
  expect(audit.text).not.toContain(wrongPassword);
  const unknown = await call<{ items: { action: string; reason: string }[] }>(
    "GET",
    `/api/v1/audit?targetType=user&targetId=${encodeURIComponent(nobody.email)}`,
  );
  expect(unknown.body.items).toMatchObject([{ action: "user.sign_in_failed", reason: "unknown_account" }]);
  expect(unknown.text).not.toContain(nobody.password);
  await context.close();
});
