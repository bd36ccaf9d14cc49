import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { call, createApiKey, unique } from "../support/api";
import { adminTest as test, appUrl, escapeRegExp } from "../support/browser";
import { testEnv } from "../support/env";

/** Changes of the spec's own, by a key of its own: filtering by that actor shows exactly these. */
test.describe("audit log page", () => {
  const keyName = unique("audit-ui");
  const actor = `key:${keyName}`;
  const email = `${unique("audit-ui")}@ringwatch.test`;

  test.beforeAll(async () => {
    const key = await createApiKey(["admin"], { name: keyName });
    const as = <T>(method: string, path: string, json?: unknown) => call<T>(method, path, { key, json });
    const user = await as<{ id: string }>("POST", "/api/v1/users", { email, name: "Audit UI", role: "viewer", password: "pw-audit-ui-spec" });
    expect(user.status, user.text).toBe(201);
    expect((await as("PATCH", `/api/v1/users/${user.body.id}`, { role: "analyst" })).status).toBe(200);
    const webhook = await as<{ id: string }>("POST", "/api/v1/webhooks", {
      url: `http://127.0.0.1:${testEnv.webhookPort}/${unique("audit-ui")}`,
      format: "slack",
    });
    expect(webhook.status, webhook.text).toBe(201);
    expect((await as("DELETE", `/api/v1/webhooks/${webhook.body.id}`)).status).toBe(200);
  });

  test("filters by actor, target type and action in the URL, shows target names, and exports what it shows", async ({ page }) => {
    await page.goto(appUrl("/audit"));
    const filters = page.getByRole("search", { name: "Filter the audit log" });
    const table = page.getByRole("table", { name: "Audit log, newest first" });
    const rows = table.locator("tbody tr");

    await filters.getByLabel("Actor").fill(actor);
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("actor") === actor);
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText("webhook.deleted");
    await expect(rows.first()).toContainText(`slack → 127.0.0.1:${testEnv.webhookPort}`);
    await expect(table.getByRole("row").filter({ hasText: "user.role_changed" })).toContainText(email);
    await expect(page.getByText(`by ${actor}`)).toBeVisible();

    await filters.getByLabel("Target type").selectOption("webhook");
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("targetType") === "webhook" && url.searchParams.get("actor") === actor);
    await expect(rows).toHaveCount(2);

    // A bare type means every action on it.
    await filters.getByLabel("Target type").selectOption("");
    await filters.getByLabel("Action").fill("user");
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "user." && !url.searchParams.has("targetType"));
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("user.role_changed");
    await expect(rows.nth(1)).toContainText("user.created");

    // The filter is the URL: a reload keeps it, fields included.
    await page.reload();
    await expect(filters.getByLabel("Actor")).toHaveValue(actor);
    await expect(filters.getByLabel("Action")).toHaveValue("user.");
    await expect(rows).toHaveCount(2);

    const [download] = await Promise.all([page.waitForEvent("download"), filters.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ringwatch-audit-.*\.csv$/);
    const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => line.split('","')[3])).toEqual(["user.role_changed", "user.created"]);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`"${escapeRegExp(actor)}"`));

    await filters.getByLabel("Action").fill("user created");
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(filters.getByText(/such as webhook\.created/)).toBeVisible();
    await expect(page).toHaveURL(/action=user\./);

    await filters.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.search === "");
    await expect(filters.getByLabel("Actor")).toHaveValue("");
  });
});
