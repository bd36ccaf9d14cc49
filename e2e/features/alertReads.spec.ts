import { expect, type Browser, type Page } from "@playwright/test";
import { alertsOf, pausedDeployment, sessionUnread } from "../support/alerts";
import { inFuture } from "../support/anomalies";
import { call, createApiKey, createUser, heartbeat, unique } from "../support/api";
import { adminTest as test, appUrl, signIn, type Credentials } from "../support/browser";

/** One poll of the feed (10 s) and some slack. */
const POLL_TIMEOUT = 20_000;

async function browserOf(browser: Browser, user: Credentials): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, user);
  return { page, close: () => context.close() };
}

const rowOf = (page: Page, component: string) => page.getByRole("row").filter({ hasText: component });

test.describe("alert read state per account", () => {
  test("mark all read reaches the same user's other browser, not another user", async ({ browser }) => {
    const ann = await createUser("viewer");
    const bob = await createUser("viewer");
    const annHere = await browserOf(browser, ann);
    const annThere = await browserOf(browser, ann);
    const bobs = await browserOf(browser, bob);
    try {
      const paused = await pausedDeployment("read state e2e");
      const filtered = appUrl(`/alerts?deploymentId=${paused.id}`);
      for (const { page } of [annHere, annThere, bobs]) {
        await page.goto(filtered);
        await expect(rowOf(page, paused.component)).toHaveAttribute("data-unread", "");
      }

      const page = annHere.page;
      await expect(page).toHaveTitle("Alerts · Ringwatch");
      await page.getByRole("button", { name: "Mark all read" }).click();
      await expect(rowOf(page, paused.component)).not.toHaveAttribute("data-unread", "");
      await expect.poll(() => sessionUnread(page.request)).toBe(0);

      await annThere.page.reload();
      await expect(rowOf(annThere.page, paused.component)).not.toHaveAttribute("data-unread", "");
      await expect(annThere.page.getByRole("button", { name: /^Alerts, / })).toHaveAccessibleName("Alerts, no unread");

      await bobs.page.reload();
      await expect(rowOf(bobs.page, paused.component)).toHaveAttribute("data-unread", "");
      expect(await sessionUnread(bobs.page.request)).toBeGreaterThan(0);
    } finally {
      await Promise.all([annHere.close(), annThere.close(), bobs.close()]);
    }
  });

  test("the alerts page filters in the URL, walks with j/k and opening an alert reads it", async ({ page }) => {
    const paused = await pausedDeployment("filters e2e");
    await call("POST", `/api/v1/deployments/${paused.id}/actions`, { json: { action: "resume", reason: "filters e2e" } });
    await page.goto(appUrl(`/alerts?deploymentId=${paused.id}`));
    const rows = page.getByRole("row").filter({ hasText: paused.component });
    await expect(rows).toHaveCount(2);
    await page.getByLabel("Severity").selectOption("warning");
    await expect(page).toHaveURL(/severity=warning/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("paused (canary)");
    await page.getByLabel("Unread only").check();
    await expect(page).toHaveURL(/unread=true/);
    await expect(rows).toHaveCount(1);

    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("j");
    await expect(rows.first().getByRole("link")).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/deployments/${paused.id}`);
    await expect.poll(async () => (await alertsOf(paused.id)).length).toBe(2);
    await page.goBack();
    await expect(page.getByText("No alert matches these filters")).toBeVisible({ timeout: POLL_TIMEOUT });
  });
});

test.describe("the bell: no setup noise, no duplicates, fresh after your own action", () => {
  test("one promotion is exactly one alert, shown at once; setting up the rollout and its baseline raises none", async ({ page }) => {
    // The baseline: devices in every ring reporting 1.0 of a component of this spec's own; then 2.0 rolls out.
    const agentKey = await createApiKey(["ingest"]);
    const component = unique("content");
    const ringed = (ring: string, n: number) => Array.from({ length: n }, () => ({ id: unique(`${ring}-dev`), ring }));
    const canary = ringed("canary", 5);
    const early = ringed("early", 6);
    const broad = ringed("broad", 10);
    const report = async (devices: { id: string; ring: string }[], version: string) => {
      const events = devices.map((d) => heartbeat(d.id, { ring: d.ring, ts: inFuture(1), versions: { [component]: version } }));
      expect((await call("POST", "/api/v1/ingest", { key: agentKey, json: { events } })).status).toBe(202);
    };
    const expose = async (devices: { id: string }[]) => {
      for (const d of devices) await call("GET", `/api/v1/manifest?deviceId=${d.id}`, { key: agentKey });
    };
    await report([...canary, ...early, ...broad], "1.0");
    const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2.0" } });
    const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
      json: {
        releaseId: release.body.id,
        stages: [
          { ring: "canary", bakeSeconds: 3600 },
          { ring: "early", bakeSeconds: 0 },
        ],
      },
    });
    expect(deployment.status, deployment.text).toBe(201);
    await expose(canary);
    await report(canary, "2.0");

    await page.goto(appUrl(`/deployments/${deployment.body.id}`));
    const bell = page.getByRole("button", { name: /^Alerts, / });
    const panel = page.getByRole("region", { name: "Recent alerts" });
    const items = panel.getByRole("link").filter({ hasText: `${component} 2.0` });
    await bell.click();
    await expect(panel.getByRole("link").first()).toBeVisible();
    await expect(items).toHaveCount(0);
    await page.keyboard.press("Escape");

    // The operator promotes to early; early has no bake, so Ringwatch completes the rollout itself once its devices report.
    const started = Date.now();
    await page.getByRole("button", { name: "Promote", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(/Reason/).fill("canary looks healthy");
    await dialog.getByRole("button", { name: "Promote", exact: true }).click();
    await expect(dialog).toBeHidden();
    await bell.click();
    await expect(items).toHaveCount(1);
    // Refreshed on the action's success, not at the next 10 s poll.
    expect(Date.now() - started).toBeLessThan(8_000);
    await expect(items).toContainText(`Deployment of ${component} 2.0 promoted to early`);

    await expose(early);
    await report(early, "2.0");
    const status = async () => (await call<{ status: string }>("GET", `/api/v1/deployments/${deployment.body.id}`)).body.status;
    await expect.poll(status, { timeout: 30_000 }).toBe("completed");
    // One promotion, one alert: Ringwatch's own completion is routine progress (audit log, webhooks), and nothing is an incident.
    const alerts = await alertsOf(deployment.body.id);
    expect(alerts.map((a) => a.title)).toEqual([`Deployment of ${component} 2.0 promoted to early`]);
    const audit = await call<{ items: { action: string; actor: string }[] }>("GET", `/api/v1/audit?targetType=deployment&targetId=${deployment.body.id}`);
    expect(audit.body.items.map((e) => [e.action, e.actor])).toContainEqual(["deployment.promote", "system"]);
  });
});
