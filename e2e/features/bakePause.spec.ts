import { expect } from "@playwright/test";
import { pausedDeployment } from "../support/alerts";
import { call } from "../support/api";
import { adminTest as test, appUrl } from "../support/browser";

test("pausing a deployment freezes its bake countdown, and resuming carries on from where it stood", async ({ page }) => {
  const { id } = await pausedDeployment("bake clock e2e");
  await page.goto(appUrl(`/deployments/${id}`));
  const bake = page.getByRole("progressbar", { name: "canary bake" }).first();
  await expect(bake).toHaveAttribute("aria-valuetext", "paused · 1 h of bake left");
  await expect(page.getByText("paused · 1 h of bake left").first()).toBeVisible();
  const stood = await call<{ stages: { bakeRemainingSec: number; bakePaused: boolean }[] }>("GET", `/api/v1/deployments/${id}`);
  expect(stood.body.stages[0].bakePaused).toBe(true);
  // Time passes while paused: the server's count stands still, and so does the page's.
  await page.waitForTimeout(2_500);
  const later = await call<{ stages: { bakeRemainingSec: number }[] }>("GET", `/api/v1/deployments/${id}`);
  expect(later.body.stages[0].bakeRemainingSec).toBe(stood.body.stages[0].bakeRemainingSec);
  await expect(bake).toHaveAttribute("aria-valuetext", "paused · 1 h of bake left");

  const resumed = await call<{ stages: { bakeRemainingSec: number; bakePaused: boolean }[] }>("POST", `/api/v1/deployments/${id}/actions`, {
    json: { action: "resume", reason: "bake clock e2e" },
  });
  expect(resumed.body.stages[0]).toMatchObject({ bakePaused: false, bakeRemainingSec: stood.body.stages[0].bakeRemainingSec });
  await page.reload();
  await expect(bake).toHaveAttribute("aria-valuetext", "1 h left");
});
