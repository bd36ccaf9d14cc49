import { expect } from "@playwright/test";
import { startReceiver, type Receiver } from "../../server/alerts/testReceiver";
import { adminTest as test, appUrl } from "../support/browser";
import { testEnv } from "../support/env";

test.describe("settings: webhooks", () => {
  let receiver: Receiver;
  let status = 200;
  test.beforeAll(async () => {
    receiver = await startReceiver(() => ({ status, body: status === 200 ? "ok" : "boom" }), testEnv.webhookPort);
  });
  test.afterAll(async () => {
    await receiver?.close();
  });

  test("an admin adds a webhook, sees its secret once, sends a test, reads the log, and sees it failing", async ({ page }) => {
    const url = `${receiver.url}?ui=${Date.now()}`;
    await page.goto(appUrl("/settings/webhooks"));
    const form = page.getByRole("region", { name: "Add a webhook" });
    await form.getByLabel("URL", { exact: true }).fill(url);
    await form.getByRole("button", { name: "Add webhook" }).click();
    const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /Copy the signing secret/ }) });
    await expect(notice.getByLabel("Webhook secret")).toHaveText(/^whsec_/);
    await notice.getByRole("button", { name: "I have stored it" }).click();
    await expect(notice).toHaveCount(0);

    const item = page.getByRole("listitem").filter({ hasText: url });
    await expect(item.getByText("healthy", { exact: true })).toBeVisible();
    await item.getByRole("button", { name: "Send test" }).click();
    await expect(item.getByText(/Test delivered: 200/)).toBeVisible();
    await item.getByRole("button", { name: "Deliveries" }).click();
    const log = item.getByRole("table", { name: "Delivery attempts" });
    await expect(log.getByRole("row").filter({ hasText: "webhook.test" })).toHaveCount(1);

    status = 500;
    for (let i = 0; i < 5; i++) {
      await item.getByRole("button", { name: "Send test" }).click();
      await expect(item.getByText(/Test failed/)).toBeVisible();
      await expect(item.getByRole("button", { name: "Send test" })).toBeEnabled();
    }
    await expect(item.getByText(/failing \(5 in a row\)/)).toBeVisible();
    // Deleting asks first, naming the webhook: Cancel keeps it, confirming deletes it.
    await item.getByRole("button", { name: /^Delete webhook/ }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this webhook?" });
    await expect(confirm).toContainText("json → 127.0.0.1:");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(item).toHaveCount(1);
    await item.getByRole("button", { name: /^Delete webhook/ }).click();
    await confirm.getByRole("button", { name: "Delete webhook" }).click();
    await expect(item).toHaveCount(0);
  });

  test("the Alertmanager push shows each target, its labels and whether it is reachable", async ({ page }) => {
    await page.goto(appUrl("/settings/webhooks"));
    const panel = page.getByRole("region", { name: "Prometheus Alertmanager" });
    await expect(panel.getByText('extra labels env="e2e"')).toBeVisible();
    // Nothing listens on the configured port outside the Alertmanager spec: the push fails and says so.
    const target = panel.getByRole("listitem").filter({ hasText: `http://127.0.0.1:${testEnv.alertmanagerPort}` });
    await expect(target.getByText(/failing \(\d+ in a row\)/)).toBeVisible({ timeout: 20_000 });
    await expect(target.getByText(/ECONNREFUSED/)).toBeVisible();
  });
});
