import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { call, unique } from "../support/api";
import { adminTest as test, appUrl } from "../support/browser";

/** A rollout of its own component to canary then early, promoted by hand to early. */
async function promotedDeployment(): Promise<{ id: string; component: string }> {
  const component = unique("content");
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "2024.07.19" } });
  const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: {
      releaseId: release.body.id,
      stages: [
        { ring: "canary", bakeSeconds: 3600 },
        { ring: "early", bakeSeconds: 3600 },
      ],
    },
  });
  expect(deployment.status, deployment.text).toBe(201);
  const promoted = await call("POST", `/api/v1/deployments/${deployment.body.id}/actions`, { json: { action: "promote", reason: "names e2e" } });
  expect(promoted.status, promoted.text).toBe(200);
  return { id: deployment.body.id, component };
}

test.describe("names instead of ids", () => {
  test("the deployment page's tab title, h1 and breadcrumb carry its name, and its id is one click to copy", async ({ page, context }) => {
    const { id, component } = await promotedDeployment();
    const name = `${component} 2024.07.19 → early`;
    await page.goto(appUrl(`/deployments/${id}`));
    await expect(page).toHaveTitle(`${name} · Deployments · Ringwatch`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs).toContainText(`Deployments/${name}`);
    await expect(crumbs).not.toContainText(id);

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const copy = crumbs.getByRole("button", { name: `Copy id ${id}` });
    await expect(copy).toHaveText(id.slice(0, 8));
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect(crumbs.getByText("Copied", { exact: true })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  });

  test("a page for an unknown id says not found in its title instead of failing", async ({ page }) => {
    const answer = await page.goto(appUrl(`/deployments/${randomUUID()}`));
    expect(answer?.status()).toBe(200);
    await expect(page).toHaveTitle("Deployment not found · Deployments · Ringwatch");
    await page.goto(appUrl("/anomalies/not-a-uuid"));
    await expect(page).toHaveTitle("Anomaly not found · Anomalies · Ringwatch");
  });

  test("the audit log names each target, with its id on hover and to copy", async ({ page }) => {
    const { id, component } = await promotedDeployment();
    await page.goto(appUrl(`/audit?targetType=deployment&targetId=${id}`));
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "deployment.promote" }) });
    const target = row.getByRole("link", { name: `deployment ${component} 2024.07.19` });
    await expect(target).toBeVisible();
    await expect(target).toHaveAttribute("title", `${component} 2024.07.19 (${id})`);
    await expect(row.getByRole("button", { name: `Copy deployment id ${id}` })).toBeVisible();
  });
});
