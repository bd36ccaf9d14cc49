import { expect, test } from "@playwright/test";
import { createUser } from "../support/api";
import { appUrl, pathIs, signIn, submitLogin } from "../support/browser";

/** Sign-in, sign-out and the way back to the page asked for. Fresh users: sign-in is rate limited per email. */
test.describe("signing in and out", () => {
  test("a signed-out visit to /devices goes to /login and comes back after signing in", async ({ page }) => {
    const user = await createUser("viewer");
    await page.goto(appUrl("/devices"));
    await page.waitForURL(pathIs("/login"));
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/devices");
    await expect(page.getByRole("heading", { name: "Sign in to Ringwatch" })).toBeVisible();

    await submitLogin(page, user);
    await page.waitForURL(pathIs("/devices"));
    await expect(page.getByRole("heading", { name: "Devices", level: 1 })).toBeVisible();
    await expect(page.getByText(user.email, { exact: true })).toBeVisible();
  });

  test("a wrong password shows an error and stays on /login", async ({ page }) => {
    const user = await createUser("viewer");
    await page.goto(appUrl("/login"));
    await submitLogin(page, { email: user.email, password: `${user.password}-wrong` });
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    // Nothing was granted: the app pages are still closed.
    await page.goto(appUrl("/overview"));
    await page.waitForURL(pathIs("/login"));
  });

  test("signing out returns to /login and closes the pages again", async ({ page }) => {
    const user = await createUser("operator");
    await signIn(page, user);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(pathIs("/login"));
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();

    for (const pathname of ["/devices", "/overview", "/settings/users"]) {
      await page.goto(appUrl(pathname));
      await page.waitForURL(pathIs("/login"));
      expect(new URL(page.url()).searchParams.get("callbackUrl"), pathname).toBe(pathname);
    }
    const api = await page.request.get(appUrl("/api/v1/devices"));
    expect(api.status()).toBe(401);
  });
});
