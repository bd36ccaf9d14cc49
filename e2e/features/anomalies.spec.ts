import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { call, createApiKey, createUser, heartbeat, unique } from "../support/api";
import { repairDevices } from "../support/anomalies";
import { appUrl, escapeRegExp, signIn } from "../support/browser";

type Deployment = { id: string; status: string };
type Anomaly = { id: string; kind: string; severity: string; status: string; summary: string; deploymentId: string; note: string | null };
type Manifest = { versions: Record<string, string> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CANARY_DEVICES = 12;
const LOOPING_DEVICES = 10;
const BASELINE_DEVICES = 40;
/** A boot loop is three crash incidents within 15 minutes. */
const CRASH_ROUNDS = 3;
const ROUND_GAP_MS = 1_500;
const OLD = "1.0.0";
const NEW = "2.0.0";

async function ingest(key: string, events: unknown[]): Promise<void> {
  const answer = await call<{ accepted: number; rejected: unknown[] }>("POST", "/api/v1/ingest", { key, json: { events } });
  expect(answer.status, answer.text).toBe(202);
  expect(answer.body.rejected).toEqual([]);
}

async function release(component: string, version: string): Promise<string> {
  const answer = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version, notes: "e2e anomalies" } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.id;
}

async function deploy(releaseId: string, stages: { ring: string; bakeSeconds: number }[]): Promise<Deployment> {
  const answer = await call<Deployment>("POST", "/api/v1/deployments", { json: { releaseId, stages } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

/** The old version has to have completed a rollout, so that a rollback has a previous version to offer. */
async function completeBaselineRelease(component: string): Promise<void> {
  const v1 = await deploy(await release(component, OLD), [{ ring: "canary", bakeSeconds: 0 }]);
  const promoted = await call("POST", `/api/v1/deployments/${v1.id}/actions`, { json: { action: "promote", reason: "baseline for the anomaly spec" } });
  expect([200, 409], promoted.text).toContain(promoted.status);
  await expect.poll(async () => (await call<Deployment>("GET", `/api/v1/deployments/${v1.id}`)).body.status).toBe("completed");
}

const manifest = (key: string, deviceId: string) => call<Manifest>("GET", `/api/v1/manifest?deviceId=${encodeURIComponent(deviceId)}`, { key });

/** Three rounds of kernel crash + reboot per device, a little apart, as a boot-looping machine sends them. */
async function bootLoop(key: string, devices: string[], component: string): Promise<void> {
  for (let round = 0; round < CRASH_ROUNDS; round += 1) {
    const crashAt = Date.now();
    await ingest(
      key,
      devices.flatMap((deviceId) => [
        {
          type: "crash",
          deviceId,
          ts: new Date(crashAt).toISOString(),
          kind: "kernel",
          code: "0x00000050",
          module: "sensor.sys",
          versions: { [component]: NEW },
        },
        {
          type: "boot",
          deviceId,
          ts: new Date(crashAt + 500).toISOString(),
          bootId: `${deviceId}-boot-${round + 2}`,
          previousShutdown: "crash",
          versions: { [component]: NEW },
        },
      ]),
    );
    await sleep(ROUND_GAP_MS);
  }
}

async function signedInAs(browser: Browser, role: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, await createUser(role));
  return { page, close: () => context.close() };
}

test.describe.serial("a boot-looping canary, from detection to rollback", () => {
  const component = unique("sensor");
  const canary = Array.from({ length: CANARY_DEVICES }, (_, i) => unique(`canary${i}`));
  const looping = canary.slice(0, LOOPING_DEVICES);
  const baseline = Array.from({ length: BASELINE_DEVICES }, (_, i) => unique(`broad${i}`));
  let agentKey: string;
  let deployment: Deployment;
  let anomaly: Anomaly;

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    agentKey = await createApiKey(["ingest"]);
    await completeBaselineRelease(component);
    await ingest(agentKey, [
      ...canary.map((d) => heartbeat(d, { ring: "canary", intervalSec: 10, bootId: `${d}-boot-1`, versions: { [component]: OLD } })),
      ...baseline.map((d) => heartbeat(d, { ring: "broad", intervalSec: 60, versions: { [component]: OLD } })),
    ]);
    deployment = await deploy(await release(component, NEW), [{ ring: "canary", bakeSeconds: 3600 }]);
    for (const device of canary) expect((await manifest(agentKey, device)).body.versions[component]).toBe(NEW);
    await bootLoop(agentKey, looping, component);

    await expect
      .poll(
        async () => {
          const list = await call<{ items: Anomaly[] }>("GET", `/api/v1/anomalies?deploymentId=${deployment.id}&kind=boot_loop`);
          anomaly = list.body.items?.[0];
          return anomaly ? `${anomaly.kind}/${anomaly.severity}` : "none yet";
        },
        { timeout: 90_000, intervals: [1_000] },
      )
      .toBe("boot_loop/critical");
  });

  test.afterAll(() => repairDevices(agentKey, looping));

  test("the anomaly shows in the inbox; j and Enter open it, with its evidence and affected devices", async ({ browser }) => {
    const analyst = await signedInAs(browser, "analyst");
    try {
      const { page } = analyst;
      await page.goto(appUrl("/anomalies"));
      await expect(page.getByRole("link", { name: new RegExp(escapeRegExp(anomaly.summary)) }).first()).toBeVisible();
      await expect(page.getByText(/Detector: last tick/)).toBeVisible();

      await page.goto(appUrl(`/anomalies?kind=boot_loop&deploymentId=${deployment.id}`));
      await expect(page.getByLabel("Kind")).toHaveValue("boot_loop");
      const row = page.getByRole("link", { name: new RegExp(`^Critical boot loop in canary: ${escapeRegExp(anomaly.summary)}`) });
      await expect(row).toBeVisible();
      await page.keyboard.press("j");
      await expect(row).toBeFocused();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === `/anomalies/${anomaly.id}`);

      await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Boot loop in canary · ${escapeRegExp(component)} ${NEW}`) })).toBeVisible();
      for (const heading of ["Evidence", "Affected vs baseline", "Suspects", "Recovery", "Affected devices"]) {
        await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
      }
      const affected = page.getByRole("table", { name: "Devices affected by this anomaly" });
      await expect(affected.getByRole("link", { name: looping[0], exact: true })).toBeVisible();
      await page.getByLabel("State").selectOption("boot_loop");
      await expect(affected.getByRole("link", { name: looping[1], exact: true })).toBeVisible();
      await affected.getByRole("link", { name: looping[0], exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/devices/${encodeURIComponent(looping[0])}`);
    } finally {
      await analyst.close();
    }
  });

  test("a viewer sees the anomaly but no triage or rollout buttons, and the API refuses the viewer's acknowledge", async ({ browser }) => {
    const viewer = await signedInAs(browser, "viewer");
    try {
      const { page } = viewer;
      await page.goto(appUrl(`/anomalies/${anomaly.id}`));
      await expect(page.getByRole("heading", { name: "Evidence", exact: true })).toBeVisible();
      await expect(page.getByRole("region", { name: "Deployment" })).toBeVisible();
      for (const name of ["Acknowledge", "Resolve", "Pause", "Resume", "Halt", "Roll back"])
        await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
      const refused = await page.request.post(appUrl(`/api/v1/anomalies/${anomaly.id}/actions`), { data: { action: "acknowledge", note: "viewer tries" } });
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe("forbidden");
    } finally {
      await viewer.close();
    }
  });

  test("an analyst acknowledges it with a note from the detail page, and may neither resolve it nor roll back", async ({ browser }) => {
    const analyst = await signedInAs(browser, "analyst");
    try {
      const { page } = analyst;
      await page.goto(appUrl(`/anomalies/${anomaly.id}`));
      await expect(page.getByRole("button", { name: "Roll back", exact: true })).toHaveCount(0);
      await page.getByRole("button", { name: "Acknowledge", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel(/Note/).fill("kernel crashes in sensor.sys on canary; paging the sensor team");
      await dialog.getByRole("button", { name: "Acknowledge", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText("Note: kernel crashes in sensor.sys on canary; paging the sensor team")).toBeVisible();
      await expect(page.getByRole("button", { name: "Acknowledge", exact: true })).toHaveCount(0);
      // Resolving lifts a critical no_go: that is the operator's call, on the page and at the API.
      await expect(page.getByRole("button", { name: "Resolve", exact: true })).toHaveCount(0);
      const refused = await page.request.post(appUrl(`/api/v1/anomalies/${anomaly.id}/actions`), { data: { action: "resolve", note: "analyst tries" } });
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe("forbidden");
    } finally {
      await analyst.close();
    }
    const view = await call<Anomaly>("GET", `/api/v1/anomalies/${anomaly.id}`);
    expect(view.body).toMatchObject({ status: "acknowledged", note: "kernel crashes in sensor.sys on canary; paging the sensor team" });
  });

  test("the remediation queue lists the boot-looping devices, and its CSV download holds them", async ({ browser }) => {
    const viewer = await signedInAs(browser, "viewer");
    try {
      const { page } = viewer;
      await page.goto(appUrl("/overview"));
      await page.getByRole("link", { name: "Remediation", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/remediation");
      await page.getByLabel("Ring").selectOption("canary");
      await page.getByLabel("State").selectOption("boot_loop");
      await page.waitForURL((url) => url.search.includes("state=boot_loop") && url.search.includes("ring=canary"));
      const queue = page.getByRole("table", { name: "Devices still unhealthy after an anomaly" });
      for (const device of looping) await expect(queue.getByRole("link", { name: device, exact: true })).toBeVisible();
      await expect(queue.getByRole("link", { name: canary[LOOPING_DEVICES], exact: true })).toHaveCount(0);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await readFile(await download.path(), "utf8");
      for (const device of looping) expect(csv).toContain(device);
    } finally {
      await viewer.close();
    }
  });

  test("an operator rolls back from the anomaly page, and the canary is offered the previous version again", async ({ browser }) => {
    const operator = await signedInAs(browser, "operator");
    try {
      const { page } = operator;
      await page.goto(appUrl(`/anomalies/${anomaly.id}`));
      const bar = page.getByRole("region", { name: "Deployment" });
      await bar.getByRole("button", { name: "Roll back", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel(/Reason/).fill("boot loop on canary, see anomaly");
      await dialog.getByRole("button", { name: "Roll back", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(bar.getByText("Rolled back", { exact: true })).toBeVisible();
      await expect(bar.getByRole("button", { name: "Roll back", exact: true })).toHaveCount(0);
    } finally {
      await operator.close();
    }
    expect((await call<Deployment>("GET", `/api/v1/deployments/${deployment.id}`)).body.status).toBe("rolled_back");
    expect((await manifest(agentKey, canary[0])).body.versions[component]).toBe(OLD);
  });
});
