import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import { call, heartbeat } from "../support/api";
import { adminTest as test, appUrl, pathIs, signIn } from "../support/browser";

const run = randomBytes(3).toString("hex");

test.describe("settings: API keys", () => {
  test("an ingest key made in the UI shows its secret once, works, and stops working once revoked", async ({ page }) => {
    const name = `ui-ingest-${run}`;
    await page.goto(appUrl("/settings/api-keys"));
    const form = page.getByRole("region", { name: "Create an API key" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await expect(form.getByRole("checkbox", { name: /^ingest\b/ })).toBeChecked();
    for (const scope of ["read", "operate", "admin"]) await expect(form.getByRole("checkbox", { name: new RegExp(`^${scope}\\b`) })).not.toBeChecked();
    await form.getByRole("button", { name: "Create key" }).click();

    const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: `Copy the secret for “${name}” now` }) });
    await expect(notice).toBeVisible();
    const secret = (await notice.getByLabel("API key secret").textContent())?.trim() ?? "";
    expect(secret.length).toBeGreaterThan(20);

    const keys = page.getByRole("table", { name: "API keys" });
    const row = keys.getByRole("row").filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("ingest", { exact: true })).toBeVisible();
    await expect(row.getByText("active", { exact: true })).toBeVisible();
    // Only the prefix is listed, never the secret.
    await expect(keys).not.toContainText(secret);

    // Shown once: dismissed, or after a reload, the secret is nowhere on the page.
    await notice.getByRole("button", { name: "I have stored it" }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(row.getByText("active", { exact: true })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(secret);

    const device = `ui-key-${run}`;
    const accepted = await call("POST", "/api/v1/ingest", { key: secret, json: { events: [heartbeat(device)] } });
    expect(accepted.status, accepted.text).toBe(202);
    expect(accepted.body).toMatchObject({ accepted: 1 });

    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText("revoked", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

    const refused = await call<{ error: { code: string } }>("POST", "/api/v1/ingest", { key: secret, json: { events: [heartbeat(device)] } });
    expect(refused.status, refused.text).toBe(401);
    expect(refused.headers.get("content-type")).toContain("application/json");
  });

  test("cancelling the revoke dialog keeps the key", async ({ page }) => {
    const name = `ui-keep-${run}`;
    await page.goto(appUrl("/settings/api-keys"));
    const form = page.getByRole("region", { name: "Create an API key" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByRole("button", { name: "Create key" }).click();
    const secret = (await page.getByLabel("API key secret").textContent())?.trim() ?? "";

    const row = page.getByRole("table", { name: "API keys" }).getByRole("row").filter({ hasText: name });
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText("active", { exact: true })).toBeVisible();
    expect((await call("POST", "/api/v1/ingest", { key: secret, json: { events: [heartbeat(`ui-keep-${run}`)] } })).status).toBe(202);
  });
});

test.describe("settings: users", () => {
  test("an admin adds a viewer, who can then sign in as a viewer", async ({ page, browser }) => {
    const user = { email: `ui-viewer-${run}@ringwatch.test`, name: `UI Viewer ${run}`, password: `pw-${randomBytes(8).toString("hex")}` };
    await page.goto(appUrl("/settings"));
    await page.waitForURL(pathIs("/settings/users"));
    const form = page.getByRole("region", { name: "Add a user" });
    await form.getByLabel("Email", { exact: true }).fill(user.email);
    await form.getByLabel("Name", { exact: true }).fill(user.name);
    await expect(form.getByLabel("Role", { exact: true })).toHaveValue("viewer");
    await form.getByLabel("Role", { exact: true }).selectOption("viewer");
    await form.getByLabel("Initial password", { exact: true }).fill(user.password);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toHaveText(`Created ${user.email}.`);
    await expect(form.getByLabel("Email", { exact: true })).toHaveValue("");

    const row = page.getByRole("table", { name: "Users who can sign in to Ringwatch" }).getByRole("row").filter({ hasText: user.email });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(user.name);
    await expect(row.getByRole("combobox", { name: `Role of ${user.email}` })).toHaveValue("viewer");
    await expect(row.getByText("active", { exact: true })).toBeVisible();

    const listed = await call<{ items: { email: string; role: string; disabledAt: string | null }[] }>("GET", "/api/v1/users");
    expect(listed.body.items.find((u) => u.email === user.email)).toMatchObject({ role: "viewer", disabledAt: null });

    // Explicitly signed out: contexts made in a test otherwise inherit the admin's storage state.
    const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const viewerPage = await viewerContext.newPage();
      await signIn(viewerPage, user);
      await expect(viewerPage.getByRole("complementary").getByText(user.email, { exact: true })).toBeVisible();
      await expect(viewerPage.getByRole("complementary").getByText("viewer", { exact: true })).toBeVisible();
    } finally {
      await viewerContext.close();
    }
  });
});
