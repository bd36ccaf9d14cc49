import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { call, createApiKey, createUser, heartbeat, unique } from "../support/api";
import { adminTest as test, appUrl, escapeRegExp, pathIs, signIn } from "../support/browser";

/** Unique per run, so other specs' devices and deployments never match the searches below. */
const run = randomBytes(3).toString("hex");
const devices = [0, 1, 2].map((i) => `kbd-${run}-${i}`);
const component = `kbd${run}`;
let deploymentId: string;

test.beforeAll(async () => {
  const key = await createApiKey(["ingest"]);
  const ingested = await call("POST", "/api/v1/ingest", { key, json: { events: devices.map((id) => heartbeat(id, { intervalSec: 3600 })) } });
  expect(ingested.status, ingested.text).toBe(202);
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2.0.0" } });
  expect(release.status, release.text).toBe(201);
  const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 3600 }], autoPause: false },
  });
  expect(deployment.status, deployment.text).toBe(201);
  deploymentId = deployment.body.id;
});

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });

/** Focus back on the page itself, as after a click on empty space. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** Opens a page and waits for its key handler: keys pressed before hydration would be lost. */
async function ready(page: Page, pathname: string) {
  await page.goto(appUrl(pathname));
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(palette(page)).toBeVisible({ timeout: 500 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
}

test.describe("command palette", () => {
  test("Ctrl+K, a device id, Enter: the device's page", async ({ page }) => {
    await ready(page, "/overview");
    await page.keyboard.press("Control+k");
    await expect(palette(page)).toBeVisible();
    await expect(palette(page).getByRole("combobox")).toBeFocused();
    await page.keyboard.type(devices[1]);
    const option = palette(page).getByRole("option", { name: new RegExp(escapeRegExp(devices[1])) });
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expect(palette(page).getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/devices/${devices[1]}`));
    await expect(palette(page)).toBeHidden();
    await expect(heading(page, `${devices[1]}.corp.example`)).toBeVisible();
  });

  test("a page by name, and a deployment by its release; Ctrl+K again and Escape close it", async ({ page }) => {
    await ready(page, "/devices");
    await page.getByRole("button", { name: "Search…" }).click();
    await page.keyboard.type("aud");
    await expect(palette(page).getByRole("option", { name: /^Audit log/ })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs("/audit"));

    await page.keyboard.press("Control+k");
    await page.keyboard.type(`${component} 2.0`);
    const option = palette(page).getByRole("option", { name: new RegExp(`${component} 2\\.0\\.0 → canary`) });
    await expect(option).toBeVisible();
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/deployments/${deploymentId}`));

    await page.keyboard.press("Control+k");
    await expect(palette(page)).toBeVisible();
    await page.keyboard.press("Control+k");
    await expect(palette(page)).toBeHidden();
    await page.keyboard.press("Control+k");
    await page.keyboard.press("Escape");
    await expect(palette(page)).toBeHidden();
    await expect(page).toHaveURL((url) => url.pathname === `/deployments/${deploymentId}`);
  });

  test("says so when nothing matches, and when the search fails", async ({ page }) => {
    await ready(page, "/overview");
    await page.keyboard.press("Control+k");
    await page.keyboard.type(`nothing-${run}`);
    await expect(palette(page).getByText(`No page, device, deployment or anomaly matches “nothing-${run}”.`)).toBeVisible();

    await page.route(
      (url) => url.pathname === "/api/v1/devices" && url.searchParams.has("q"),
      (route) => route.fulfill({ status: 500, json: { error: { code: "internal", message: "database unavailable" } } }),
    );
    await page.keyboard.press("Control+a");
    await page.keyboard.type(`kbd-${run}-2`);
    await expect(palette(page).getByRole("status").filter({ hasText: "Search failed: database unavailable" })).toBeVisible();
  });

  test("shows settings to admins only", async ({ page, browser }) => {
    await ready(page, "/overview");
    await page.keyboard.press("Control+k");
    await page.keyboard.type("api keys");
    await expect(palette(page).getByRole("option", { name: "Settings › API keys" })).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const viewer = await context.newPage();
      await signIn(viewer, await createUser("viewer"));
      await ready(viewer, "/overview");
      await viewer.keyboard.press("Control+k");
      await viewer.keyboard.type("settings");
      await expect(palette(viewer).getByText("No page, device, deployment or anomaly matches “settings”.")).toBeVisible();
      await viewer.keyboard.press("Escape");
      await viewer.keyboard.press("g");
      await viewer.keyboard.press("s");
      await viewer.waitForTimeout(1_500);
      await expect(viewer).toHaveURL((url) => url.pathname === "/overview");
    } finally {
      await context.close();
    }
  });
});

test.describe("shortcuts", () => {
  test("? lists every shortcut; keys typed in a field stay text", async ({ page }) => {
    await ready(page, "/devices");
    await page.keyboard.press("?");
    const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(sheet).toBeVisible();
    for (const text of ["Open the command palette", "Devices", "Audit log", "Settings", "Next row"])
      await expect(sheet.getByText(text, { exact: true })).toBeVisible();
    // A dialog's keys are its own: g d does nothing behind it.
    await page.keyboard.press("g");
    await page.keyboard.press("a");
    await expect(page).toHaveURL((url) => url.pathname === "/devices");
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();

    const search = page.getByRole("searchbox", { name: "Search" });
    await search.click();
    await page.keyboard.type("g?j/");
    await expect(search).toHaveValue("g?j/");
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL((url) => url.pathname === "/devices");
  });

  test("g then a letter goes to a section; / focuses the page's search", async ({ page }) => {
    await ready(page, "/overview");
    await page.keyboard.press("g");
    await expect(page.getByRole("status").filter({ hasText: /then.*Devices/ })).toBeVisible();
    await page.keyboard.press("d");
    await page.waitForURL(pathIs("/devices"));
    await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
    await blur(page);

    await page.keyboard.press("g");
    await page.keyboard.press("a");
    await page.waitForURL(pathIs("/anomalies"));
    await expect(page.getByLabel("Status")).toBeVisible();
    await page.keyboard.press("/");
    await expect(page.getByLabel("Status")).toBeFocused();

    await blur(page);
    await page.keyboard.press("g");
    await page.keyboard.press("u");
    await page.waitForURL(pathIs("/audit"));
    await expect(page.getByLabel("Actor")).toBeVisible();
    await page.keyboard.press("/");
    await expect(page.getByLabel("Actor")).toBeFocused();
  });
});

test.describe("j, k and Enter on lists", () => {
  test("devices: j and k move the focused row, Enter opens it", async ({ page }) => {
    await ready(page, `/devices?q=kbd-${run}`);
    const table = page.getByRole("table", { name: "Devices matching the filters above" });
    const link = (i: number) => table.getByRole("link", { name: devices[i], exact: true });
    await expect(link(2)).toBeVisible();
    await page.keyboard.press("j");
    await expect(link(0)).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(link(2)).toBeFocused();
    await page.keyboard.press("j");
    await expect(link(2)).toBeFocused();
    await page.keyboard.press("k");
    await expect(link(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(link(0)).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/devices/${devices[0]}`));
  });

  test("deployments: Enter opens the focused deployment", async ({ page }) => {
    await ready(page, "/deployments");
    const table = page.getByRole("table", { name: /Live deployments/ });
    const ours = table.getByRole("link", { name: new RegExp(`^${component} 2\\.0\\.0`) });
    await expect(ours).toBeVisible();
    for (let i = 0; i < 20 && !(await ours.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("j");
    await expect(ours).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/deployments/${deploymentId}`));
  });

  test("audit log: j focuses the entry's target, Enter opens it", async ({ page }) => {
    await ready(page, `/audit?targetType=deployment&targetId=${deploymentId}`);
    const row = page.getByRole("row", { name: /deployment\.start/ });
    await expect(row).toBeVisible();
    await page.keyboard.press("j");
    await expect(row.getByRole("link")).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/deployments/${deploymentId}`));
  });

  test("settings: Enter on an API key opens its confirmation, which still asks", async ({ page }) => {
    const name = unique("kbd-key");
    expect((await call("POST", "/api/v1/api-keys", { json: { name, scopes: ["read"] } })).status).toBe(201);
    await ready(page, "/settings/api-keys");
    const revoke = page.getByRole("button", { name: `Revoke ${name}` });
    await expect(revoke).toBeVisible();
    for (let i = 0; i < 50 && !(await revoke.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("j");
    await expect(revoke).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    const keys = await call<{ items: { name: string; revokedAt: string | null }[] }>("GET", "/api/v1/api-keys");
    expect(keys.body.items.find((k) => k.name === name)?.revokedAt).toBeNull();
  });
});
