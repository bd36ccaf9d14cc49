import { expect } from "@playwright/test";
import { pausedDeployment } from "../support/alerts";
import { call } from "../support/api";
import { adminTest as test, appUrl } from "../support/browser";
import { everyPageWithData } from "../support/everyPage";
import { testEnv } from "../support/env";

test.setTimeout(240_000);
test("screenshots of the pages this branch changed", async ({ page }) => {
  const pages = await everyPageWithData();
  const paused = await pausedDeployment("crash reports from canary");
  const hook = await call<{ id: string }>("POST", "/api/v1/webhooks", { json: { url: `http://127.0.0.1:${testEnv.webhookPort}/shots`, format: "json" } });
  const dep = pages.find((p) => p.route === "/deployments/[id]")!.path;
  const anomaly = pages.find((p) => p.route === "/anomalies/[id]")!.path;
  const targets = [
    ["alerts", "/alerts"],
    ["deployment", dep],
    ["paused", `/deployments/${paused.id}`],
    ["anomaly", anomaly],
    ["audit", "/audit"],
    ["webhooks", "/settings/webhooks"],
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      for (const [name, path] of targets) {
        await page.goto(appUrl(path));
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `/tmp/shots-names/${name}-${width}-${scheme}.png`, fullPage: width === 390 });
      }
      await page.goto(appUrl("/settings/webhooks"));
      const item = page.getByRole("listitem").filter({ hasText: "/shots" });
      await item.getByRole("button", { name: /^Delete webhook/ }).click();
      await page.screenshot({ path: `/tmp/shots-names/webhook-confirm-${width}-${scheme}.png` });
      await page.keyboard.press("Escape");
      if (width === 1440) {
        await page.goto(appUrl(dep));
        await page.getByRole("button", { name: /^Alerts, / }).click();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `/tmp/shots-names/bell-${width}-${scheme}.png` });
      }
    }
  }
  await call("DELETE", `/api/v1/webhooks/${hook.body.id}`);
});
