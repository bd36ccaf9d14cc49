import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { startReceiver, type Receiver } from "../../server/alerts/testReceiver";
import { alertAbout, pausedDeployment, sessionUnread } from "../support/alerts";
import { call } from "../support/api";
import { adminTest as test, appUrl, pathIs } from "../support/browser";
import { testEnv } from "../support/env";

/** One poll of the bell (10 s) plus the delivery worker's turn. */
const POLL_TIMEOUT = 20_000;

const bellOf = (page: Page) => page.getByRole("button", { name: /^Alerts, / });
const panelOf = (page: Page) => page.getByRole("region", { name: "Recent alerts" });

test.describe("alert bell", () => {
  let receiver: Receiver;
  let webhookId: string | undefined;
  test.beforeAll(async () => {
    // Alerts whose reason says "flaky" are refused, so the screenshot shows a delivery being retried.
    receiver = await startReceiver(
      (request) => (request.body.includes("flaky") ? { status: 503, body: "busy" } : { status: 200, body: "ok" }),
      testEnv.webhookPort,
    );
  });
  test.afterAll(async () => {
    if (webhookId) await call("DELETE", `/api/v1/webhooks/${webhookId}`);
    await receiver?.close();
  });

  test("counts unread alerts, lists them with their delivery, links to them and clears once seen", async ({ page }) => {
    const earlier = await pausedDeployment("before the first look");
    await page.goto(appUrl("/overview"));
    const bell = bellOf(page);
    const panel = panelOf(page);
    // Opening the panel, once its list has loaded, marks whatever came before as seen.
    await bell.click();
    await expect(bell).toHaveAttribute("aria-expanded", "true");
    await expect(panel.getByRole("link").filter({ hasText: earlier.component })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(bell).toBeFocused();
    await expect(bell).toHaveAccessibleName("Alerts, no unread");
    // Read on the server, for the account: not a browser's storage.
    await expect.poll(() => sessionUnread(page.request)).toBe(0);

    const unwatched = await pausedDeployment("before any webhook");
    const hook = await call<{ id: string }>("POST", "/api/v1/webhooks", { json: { url: receiver.url, format: "json" } });
    expect(hook.status, hook.text).toBe(201);
    webhookId = hook.body.id;
    const watched = await pausedDeployment("watched by a webhook");
    // Our two alerts, plus any another spec's rollout raised meanwhile: the count must match the API's.
    let unread = 0;
    await expect
      .poll(
        async () => {
          unread = await sessionUnread(page.request);
          return (await bell.getAttribute("aria-label")) === `Alerts, ${unread} unread` && unread >= 2;
        },
        { timeout: POLL_TIMEOUT },
      )
      .toBe(true);
    await expect(bell).toHaveAttribute("aria-controls", /.+/);
    await expect(bell.getByText(String(unread), { exact: true })).toBeVisible();
    await expect.poll(() => receiver.requests.some((r) => r.body.includes(watched.id)), { timeout: POLL_TIMEOUT }).toBe(true);
    await expect.poll(async () => (await alertAbout(watched.id))?.delivery.delivered, { timeout: POLL_TIMEOUT }).toBe(1);

    await bell.focus();
    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();
    const watchedItem = panel.getByRole("link").filter({ hasText: watched.component });
    const unwatchedItem = panel.getByRole("link").filter({ hasText: unwatched.component });
    await expect(watchedItem).toContainText(`Deployment of ${watched.component} 1.0 paused (canary)`);
    await expect(watchedItem).toContainText("delivered to 1/1", { timeout: POLL_TIMEOUT });
    await expect(watchedItem).toContainText(`by ${(await alertAbout(watched.id))!.actor}`);
    await expect(watchedItem.locator("time")).toHaveAttribute("title", /\d/);
    await expect(unwatchedItem).toContainText("no webhook");
    await expect(bell).toHaveAccessibleName("Alerts, no unread");
    await expect(panel.getByRole("link", { name: "Webhook delivery log" })).toHaveAttribute("href", "/settings/webhooks");

    // Tab walks the list newest first; another spec may have raised newer alerts meanwhile.
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("link").first()).toBeFocused();
    const focusedOrder: string[] = [];
    for (let step = 0; step < 20 && !(await unwatchedItem.evaluate((link) => link === document.activeElement)); step += 1) {
      focusedOrder.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
      await page.keyboard.press("Tab");
    }
    await expect(unwatchedItem).toBeFocused();
    expect(
      focusedOrder.some((text) => text.includes(watched.component)),
      "the newer alert comes first",
    ).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(pathIs(`/deployments/${unwatched.id}`));
    await expect(panel).toHaveCount(0);

    await page.reload();
    await expect(bellOf(page)).toHaveAccessibleName("Alerts, no unread");
    await bellOf(page).press(" ");
    await expect(panel).toBeVisible();
    await page.getByRole("main").click({ position: { x: 900, y: 500 } });
    await expect(panel).toHaveCount(0);
    await expect(bellOf(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("screenshot of the open panel (RINGWATCH_E2E_SCREENSHOTS=docs/screenshots)", async ({ page }) => {
    const dir = process.env.RINGWATCH_E2E_SCREENSHOTS;
    test.skip(!dir, "only when asked for screenshots");
    if (!webhookId) {
      const hook = await call<{ id: string }>("POST", "/api/v1/webhooks", { json: { url: receiver.url, format: "json" } });
      webhookId = hook.body.id;
    }
    const resumed = await pausedDeployment("crash reports from canary");
    await call("POST", `/api/v1/deployments/${resumed.id}/actions`, { json: { action: "resume", reason: "false alarm" } });
    await page.goto(appUrl("/overview"));
    await bellOf(page).click();
    await page.getByRole("main").click({ position: { x: 900, y: 500 } });
    const flaky = await pausedDeployment("flaky receiver");
    const halted = await pausedDeployment("boot loops on Latitude 7440");
    await call("POST", `/api/v1/deployments/${halted.id}/actions`, { json: { action: "halt", reason: "boot loops on Latitude 7440" } });
    await expect.poll(async () => (await alertAbout(flaky.id))?.delivery.failing, { timeout: POLL_TIMEOUT }).toBe(1);
    await expect(bellOf(page)).toHaveAccessibleName(/Alerts, [1-9]/, { timeout: POLL_TIMEOUT });
    await page.mouse.move(900, 700);
    await bellOf(page).click();
    await expect(panelOf(page).getByText("retrying 1")).toBeVisible({ timeout: POLL_TIMEOUT });
    const clip = { x: 0, y: 0, width: 1000, height: 620 };
    await page.screenshot({ path: path.join(dir!, "alerts.png"), clip });
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await bellOf(page).click();
    await page.screenshot({ path: test.info().outputPath("alerts-dark.png"), clip });
  });
});
