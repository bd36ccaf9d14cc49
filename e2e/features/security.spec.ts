import { expect, test, type Page } from "@playwright/test";
import { createUser } from "../support/api";
import { appUrl, pathIs, submitLogin } from "../support/browser";
import { testEnv } from "../support/env";

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

test("the sign-in page and the overview render under the Content-Security-Policy with no violation", async ({ page }) => {
  const violations = await collectCspViolations(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const user = await createUser("viewer");

  const login = await page.goto(appUrl("/login"));
  expect(login?.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  await submitLogin(page, user);
  await page.waitForURL(pathIs("/overview"));
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  // Client-side navigation and the theme script both need the page's scripts to have run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Devices" }).click();
  await page.waitForURL(pathIs("/devices"));
  await expect(page.getByRole("heading", { name: "Devices", level: 1 })).toBeVisible();

  // Not even zod's probe of `Function("")` (its JIT check): the browser bundle runs zod jitless.
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test("a callbackUrl a URL parser rewrites into another site (/%09/evil.example) lands on the app after sign-in", async ({ page }) => {
  const user = await createUser("viewer");
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  await page.goto(appUrl("/login?callbackUrl=/%09/evil.example"));
  await submitLogin(page, user);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/overview");
  expect(visited.filter((url) => new URL(url).origin !== testEnv.baseUrl)).toEqual([]);
});
