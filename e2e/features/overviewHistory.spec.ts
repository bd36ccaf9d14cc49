import { mkdirSync } from "node:fs";
import { expect } from "@playwright/test";
import { call, createApiKey, heartbeat, unique } from "../support/api";
import { inFuture } from "../support/anomalies";
import { adminTest as test, appUrl } from "../support/browser";

interface ReleaseEntry {
  deploymentId: string;
  outcome: string;
  ringsReached: string[];
  rings: string[];
  exposedDevices: number;
  endedAt: string | null;
}
interface History {
  days: number;
  dayEnds: string[];
  releases: ReleaseEntry[];
  adoption: { deploymentId: string; running: number[]; targetDevices: number }[];
  crashFree: { ring: string; days: { devices: number; crashFree: number }[] }[];
  week: { fleetDevices: number; crashFreeNow: { devices: number; crashFree: number }; deployments: Record<string, number>; openAnomalies: number };
}

const SHOTS = "/tmp/shots-lists";
const component = unique("ovh");
const devices = Array.from({ length: 4 }, (_, i) => unique(`ovh${i}`));
let completedId: string;
let rolledBackId: string;

async function deploy(version: string): Promise<string> {
  const release = await call<{ id: string }>("POST", "/api/v1/releases", { json: { component, version } });
  expect(release.status, release.text).toBe(201);
  const deployment = await call<{ id: string }>("POST", "/api/v1/deployments", {
    json: { releaseId: release.body.id, stages: [{ ring: "canary", bakeSeconds: 0 }] },
  });
  expect(deployment.status, deployment.text).toBe(201);
  return deployment.body.id;
}

const act = async (id: string, action: string) => {
  const answer = await call("POST", `/api/v1/deployments/${id}/actions`, { json: { action, reason: "overview history e2e" } });
  expect(answer.status, answer.text).toBe(200);
};

test.beforeAll(async () => {
  const key = await createApiKey(["ingest"]);
  const ingest = async (events: unknown[]) => expect((await call("POST", "/api/v1/ingest", { key, json: { events } })).status).toBe(202);
  await ingest(devices.map((d) => heartbeat(d, { ring: "canary", versions: { [component]: "0.9" } })));
  // 1.0: offered to the canaries, which report running it, then promoted past its last stage: completed.
  completedId = await deploy("1.0");
  for (const d of devices) expect((await call("GET", `/api/v1/manifest?deviceId=${d}`, { key })).status).toBe(200);
  await ingest(devices.map((d) => heartbeat(d, { ring: "canary", ts: inFuture(5), versions: { [component]: "1.0" } })));
  await act(completedId, "promote");
  // 2.0: rolled back before anyone ran it.
  rolledBackId = await deploy("2.0");
  await act(rolledBackId, "rollback");
});

test("the history endpoint names each deployment's outcome, how far it got and who adopted it", async () => {
  const answer = await call<History>("GET", "/api/v1/overview/history?days=7");
  expect(answer.status, answer.text).toBe(200);
  const history = answer.body;
  expect(history.days).toBe(7);
  expect(history.dayEnds).toHaveLength(7);
  const completed = history.releases.find((r) => r.deploymentId === completedId);
  const rolledBack = history.releases.find((r) => r.deploymentId === rolledBackId);
  expect(completed).toMatchObject({ outcome: "completed", ringsReached: ["canary"], rings: ["canary"], exposedDevices: devices.length });
  expect(completed?.endedAt).not.toBeNull();
  expect(rolledBack).toMatchObject({ outcome: "rolled_back", ringsReached: ["canary"] });
  // Newest first: 2.0 started after 1.0.
  expect(history.releases.findIndex((r) => r.deploymentId === rolledBackId)).toBeLessThan(history.releases.findIndex((r) => r.deploymentId === completedId));
  const adoption = history.adoption.find((a) => a.deploymentId === completedId);
  expect(adoption?.running.at(-1)).toBe(devices.length);
  expect(adoption?.targetDevices).toBeGreaterThanOrEqual(devices.length);
  for (const trend of history.crashFree) {
    expect(trend.days).toHaveLength(7);
    for (const day of trend.days) expect(day.crashFree).toBeLessThanOrEqual(day.devices);
  }
  expect(history.week.deployments.started).toBeGreaterThanOrEqual(2);
  expect(history.week.deployments.rolledBack).toBeGreaterThanOrEqual(1);
  expect(history.week.crashFreeNow.devices).toBeGreaterThanOrEqual(devices.length);
  expect((await call("GET", "/api/v1/overview/history?days=3")).status).toBe(400);
  expect((await call("GET", "/api/v1/overview/history?days=91")).status).toBe(400);
});

test("the overview shows this week, the release history with outcomes, and prints as a report", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(appUrl("/overview?days=30"));
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();
  await expect(page.getByLabel("History", { exact: true })).toHaveValue("30");
  const history = page.getByRole("table", { name: "Release history, newest first" });
  const completedRow = history.locator(`tr[data-outcome="completed"]`, { has: page.getByRole("link", { name: `${component} 1.0` }) });
  const rolledBackRow = history.locator(`tr[data-outcome="rolled_back"]`, { has: page.getByRole("link", { name: `${component} 2.0` }) });
  await expect(completedRow).toContainText("Completed");
  await expect(rolledBackRow).toContainText("Rolled back");
  await expect(completedRow).toContainText("1 of 1");
  await expect(completedRow.getByRole("link")).toHaveAttribute("href", `/deployments/${completedId}`);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${SHOTS}/overview-1440-light.png`, fullPage: true });

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText(/Fleet report, last 30 days, as of/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/overview-print.png`, fullPage: true });
  await page.pdf({ path: `${SHOTS}/overview.pdf`, format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });

  await page.getByLabel("History", { exact: true }).selectOption("7");
  await expect(page).toHaveURL(appUrl("/overview"));
  await page.goBack();
  await expect(page.getByLabel("History", { exact: true })).toHaveValue("30");
});
