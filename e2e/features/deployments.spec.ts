import { expect, test, type Browser } from "@playwright/test";
import { call, createApiKey, createUser, heartbeat, unique } from "../support/api";
import { appUrl, signIn } from "../support/browser";

type Deployment = { id: string; status: string };

async function startRollout(component: string): Promise<Deployment> {
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version: "9.9.9", notes: "e2e" } });
  const deployment = await call<Deployment>("POST", "/api/v1/deployments", {
    json: {
      releaseId: release.body.id,
      stages: [
        { ring: "canary", bakeSeconds: 3600 },
        { ring: "early", bakeSeconds: 0 },
      ],
    },
  });
  expect(deployment.status).toBe(201);
  return deployment.body;
}

async function signedInAs(browser: Browser, role: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, await createUser(role));
  return { page, close: () => context.close() };
}

test("an operator pauses a rollout from its page, with a reason, and the manifest stops offering it", async ({ browser }) => {
  const component = unique("agent");
  const agentKey = await createApiKey(["ingest"]);
  const [first, second] = [unique("dev"), unique("dev")];
  await call("POST", "/api/v1/ingest", { key: agentKey, json: { events: [heartbeat(first, { ring: "canary" }), heartbeat(second, { ring: "canary" })] } });
  const deployment = await startRollout(component);
  const offered = await call<{ versions: Record<string, string> }>("GET", `/api/v1/manifest?deviceId=${first}`, { key: agentKey });
  expect(offered.body.versions[component]).toBe("9.9.9");

  const operator = await signedInAs(browser, "operator");
  try {
    const { page } = operator;
    await page.goto(appUrl(`/deployments/${deployment.id}`));
    await expect(page.getByRole("heading", { name: new RegExp(component) })).toBeVisible();
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/Reason/).fill("canary crash reports, investigating");
    await dialog.getByRole("button", { name: "Pause", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Paused: canary crash reports, investigating", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
  } finally {
    await operator.close();
  }

  const view = await call<Deployment>("GET", `/api/v1/deployments/${deployment.id}`);
  expect(view.body.status).toBe("paused");
  const fresh = await call<{ versions: Record<string, string> }>("GET", `/api/v1/manifest?deviceId=${second}`, { key: agentKey });
  expect(fresh.body.versions[component]).toBeUndefined();
  const audit = await call<{ items: { action: string; reason: string }[] }>("GET", `/api/v1/audit?targetType=deployment&targetId=${deployment.id}`);
  expect(audit.body.items[0]).toMatchObject({ action: "deployment.pause", reason: "canary crash reports, investigating" });
});

test("a viewer sees the rollout but no action buttons, and the API refuses the action", async ({ browser }) => {
  const deployment = await startRollout(unique("content"));
  const viewer = await signedInAs(browser, "viewer");
  try {
    const { page } = viewer;
    await page.goto(appUrl(`/deployments/${deployment.id}`));
    await expect(page.getByText("Stages").first()).toBeVisible();
    for (const name of ["Pause", "Halt", "Roll back", "Promote"]) await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    const refused = await page.request.post(appUrl(`/api/v1/deployments/${deployment.id}/actions`), { data: { action: "pause", reason: "viewer tries" } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
  } finally {
    await viewer.close();
  }
});

test("an operator registers a release and starts its rollout from the forms; the first ring bakes at once", async ({ browser }) => {
  const component = unique("sensor");
  const operator = await signedInAs(browser, "operator");
  try {
    const { page } = operator;
    await page.goto(appUrl("/deployments"));
    await page.getByRole("button", { name: "New release" }).click();
    await page.getByLabel("Component").fill(component);
    await page.getByLabel("Version").fill("7.12.0");
    await page.getByLabel("Release notes").fill("fixes the sensor's memory leak");
    await page.getByRole("button", { name: "Create release" }).click();

    // A new release opens the start form with it selected.
    const form = page.getByRole("region", { name: "Start deployment" });
    await expect(form.getByLabel("Release")).toHaveValue(/.+/);
    await form.getByLabel("Stage 1 bake time (minutes)").fill("15");
    await form.getByRole("button", { name: "Start deployment" }).click();

    await expect(page).toHaveURL(/\/deployments\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: new RegExp(component) })).toBeVisible();
    const id = page.url().split("/").pop()!;
    const view = await call<{ status: string; component: string; autoPause: boolean; stages: { ring: string; status: string; bakeSeconds: number }[] }>(
      "GET",
      `/api/v1/deployments/${id}`,
    );
    expect(view.body).toMatchObject({ status: "active", component, autoPause: true });
    expect(view.body.stages[0]).toMatchObject({ ring: "canary", status: "baking", bakeSeconds: 900 });
    expect(view.body.stages.slice(1).every((s) => s.status === "pending")).toBe(true);
  } finally {
    await operator.close();
  }
});
