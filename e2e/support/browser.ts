import { expect, test as base, type BrowserContextOptions, type Page } from "@playwright/test";
import { testEnv } from "./env";

export interface Credentials {
  email: string;
  password: string;
}

/** Absolute URL of an app page: the config sets no baseURL, globalSetup picks the port. */
export const appUrl = (pathname: string) => `${testEnv.baseUrl}${pathname}`;

/** Escapes text for use inside a RegExp (ids and emails carry dots). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** URL matcher for an app path, ignoring the query unless `search` says otherwise. */
export const pathIs = (pathname: string) => (url: URL) => url.pathname === pathname;

/** Fills the sign-in form already on screen and submits it; the caller decides where it should land. */
export async function submitLogin(page: Page, { email, password }: Credentials): Promise<void> {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in through the login page and waits for the landing page (/overview). */
export async function signIn(page: Page, credentials: Credentials): Promise<void> {
  await page.goto(appUrl("/login"));
  await submitLogin(page, credentials);
  await page.waitForURL(pathIs("/overview"));
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
}

export const adminCredentials = (): Credentials => ({ email: testEnv.adminEmail, password: testEnv.adminPassword });

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/**
 * `test` whose `page` is signed in as the bootstrap admin. The admin signs in once per worker (sign-in
 * is rate limited per email), and every test still gets its own fresh context from that session.
 */
export const adminTest = base.extend<Record<never, never>, { adminStorageState: StorageState }>({
  adminStorageState: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await signIn(page, adminCredentials());
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: "worker" },
  ],
  storageState: async ({ adminStorageState }, use) => {
    await use(adminStorageState);
  },
});
