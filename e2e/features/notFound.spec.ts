import { expect, test as base } from "@playwright/test";
import { call } from "../support/api";
import { adminTest as test, appUrl } from "../support/browser";

test.describe("an address no page answers", () => {
  test("answers 404 with the branded page inside the shell, with the way back", async ({ page }) => {
    const response = await page.goto(appUrl("/no-such-page/at-all"));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/Page not found · Ringwatch/);
    // The signed-in shell is still there: its navigation and its bell.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Alerts, / })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Deployments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Deployments" })).toBeVisible();
    await page.goBack();
    await page.getByRole("link", { name: "Go to Overview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  });

  test("under the API is still the contract's JSON 404, never an HTML page", async () => {
    for (const method of ["GET", "POST"]) {
      const answer = await call<{ error: { code: string } }>(method, "/api/v1/unknown");
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      expect(answer.body.error.code).toBe("not_found");
    }
  });
});

base.describe("icons and the web app manifest", () => {
  base("are served without a session", async () => {
    const files: Record<string, RegExp> = {
      "/favicon.svg": /^image\/svg\+xml/,
      "/favicon.ico": /^image\/(x-icon|vnd\.microsoft\.icon)/,
      "/apple-touch-icon.png": /^image\/png/,
      "/manifest.webmanifest": /^application\/manifest\+json/,
    };
    for (const [file, type] of Object.entries(files)) {
      const answer = await call("GET", file, { key: null });
      expect(answer.status, file).toBe(200);
      expect(answer.headers.get("content-type"), file).toMatch(type);
    }
  });

  base("the manifest names the app and every icon it lists is there", async () => {
    const manifest = await call<{ name: string; short_name: string; theme_color: string; icons: { src: string; sizes: string; type: string }[] }>(
      "GET",
      "/manifest.webmanifest",
      { key: null },
    );
    expect(manifest.body).toMatchObject({ name: "Ringwatch", short_name: "Ringwatch" });
    expect(manifest.body.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.body.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.body.icons) {
      const answer = await call("GET", icon.src, { key: null });
      expect(answer.status, icon.src).toBe(200);
      expect(answer.headers.get("content-type"), icon.src).toBe(icon.type);
    }
  });

  base("every page links the icons and the manifest", async ({ page }) => {
    await page.goto(appUrl("/login"));
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/favicon.svg");
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  });
});
