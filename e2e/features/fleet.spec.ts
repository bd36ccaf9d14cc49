import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { call, createApiKey, heartbeat, isoAgo } from "../support/api";
import { adminTest as test, appUrl, escapeRegExp, pathIs } from "../support/browser";

type IngestAnswer = { accepted: number; duplicates: number; rejected: unknown[] };

/** Unique per run, so other specs' devices (and earlier runs on a reused database) never match. */
const run = randomBytes(3).toString("hex");
const hostPrefix = `ws${run}`;
const fleet = {
  healthy: { id: `e2e-${run}-healthy`, hostname: `${hostPrefix}-healthy.corp.example`, badge: "Healthy" },
  crashed: { id: `e2e-${run}-crashed`, hostname: `${hostPrefix}-crashed.corp.example`, badge: "Crashed" },
  looping: { id: `e2e-${run}-looping`, hostname: `${hostPrefix}-looping.corp.example`, badge: "Boot loop" },
  silent: { id: `e2e-${run}-silent`, hostname: `${hostPrefix}-silent.corp.example`, badge: "Silent" },
} as const;
const pagePrefix = `pg${run}`;
const PAGED_DEVICES = 60;

async function ingest(key: string, events: Record<string, unknown>[]): Promise<void> {
  const answer = await call<IngestAnswer>("POST", "/api/v1/ingest", { key, json: { events } });
  expect(answer.status, answer.text).toBe(202);
  expect(answer.body).toMatchObject({ accepted: events.length, rejected: [] });
}

test.beforeAll(async () => {
  const key = await createApiKey(["ingest"]);
  const { healthy, crashed, looping, silent } = fleet;
  await ingest(key, [
    // Healthy, and its agent moved from 7.11.0 to 7.12.0 between two heartbeats. A long interval keeps it
    // healthy however long the suite takes.
    heartbeat(healthy.id, { hostname: healthy.hostname, intervalSec: 3600, ts: isoAgo(120) }),
    heartbeat(healthy.id, { hostname: healthy.hostname, intervalSec: 3600, ts: isoAgo(2), versions: { agent: "7.12.0", content: "2024.07.18" } }),
    // A kernel crash after its last heartbeat.
    heartbeat(crashed.id, { hostname: crashed.hostname, intervalSec: 3600, ts: isoAgo(90) }),
    { type: "crash", deviceId: crashed.id, ts: isoAgo(30), kind: "kernel", code: "0x00000050", module: "csagent.sys" },
    // Three crash-boots a couple of minutes apart, after its last (stable) heartbeat.
    heartbeat(looping.id, { hostname: looping.hostname, ts: isoAgo(9 * 60) }),
    ...[7, 5, 3].map((minutes, i) => ({
      type: "boot",
      deviceId: looping.id,
      ts: isoAgo(minutes * 60),
      bootId: `loop-boot-${i}`,
      previousShutdown: "crash",
    })),
    // Last heard from ten minutes ago with a one-minute heartbeat.
    heartbeat(silent.id, { hostname: silent.hostname, intervalSec: 60, ts: isoAgo(10 * 60) }),
  ]);
  await ingest(
    key,
    Array.from({ length: PAGED_DEVICES }, (_, i) => heartbeat(`${pagePrefix}-${String(i).padStart(3, "0")}`, { intervalSec: 3600 })),
  );
});

const deviceRows = (page: Page) => page.getByRole("table").getByRole("rowheader");
const rowOf = (page: Page, deviceId: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: deviceId, exact: true }) });
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search" });
const stateBadge = (row: Locator, label: string) => row.getByRole("cell").getByText(label, { exact: true });

async function searchFor(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  // The field commits to the URL after a short pause in typing; the list follows the URL.
  await page.waitForURL((url) => url.pathname === "/devices" && url.searchParams.get("q") === text);
}

test.describe("fleet list", () => {
  test("lists the devices with their state badges", async ({ page }) => {
    await page.goto(appUrl("/devices"));
    await expect(page.getByRole("heading", { name: "Devices", level: 1 })).toBeVisible();
    await searchFor(page, `e2e-${run}`);
    await expect(deviceRows(page)).toHaveCount(4);
    for (const device of Object.values(fleet)) {
      const row = rowOf(page, device.id);
      await expect(row, device.id).toBeVisible();
      await expect(row.getByText(device.hostname, { exact: true })).toBeVisible();
      await expect(stateBadge(row, device.badge), `${device.id} is ${device.badge}`).toBeVisible();
    }
  });

  test("search by hostname prefix filters the table and stays in the URL", async ({ page }) => {
    await page.goto(appUrl("/devices"));
    await searchFor(page, `${hostPrefix}-cr`);
    await expect(deviceRows(page)).toHaveCount(1);
    await expect(rowOf(page, fleet.crashed.id)).toBeVisible();

    await searchFor(page, hostPrefix);
    await expect(deviceRows(page)).toHaveCount(4);

    // The query is part of the address: reloading (or sharing the link) shows the same list.
    await page.reload();
    await expect(searchBox(page)).toHaveValue(hostPrefix);
    await expect(deviceRows(page)).toHaveCount(4);
  });

  test("the state filter shows only devices in that state", async ({ page }) => {
    await page.goto(appUrl(`/devices?q=${hostPrefix}`));
    await expect(deviceRows(page)).toHaveCount(4);
    const expected = [
      ["silent", fleet.silent],
      ["crashed", fleet.crashed],
      ["boot_loop", fleet.looping],
      ["healthy", fleet.healthy],
    ] as const;
    for (const [state, device] of expected) {
      await page.getByLabel("State", { exact: true }).selectOption(state);
      await page.waitForURL((url) => url.searchParams.get("state") === state && url.searchParams.get("q") === hostPrefix);
      await expect(deviceRows(page), state).toHaveCount(1);
      await expect(rowOf(page, device.id)).toBeVisible();
      await expect(stateBadge(rowOf(page, device.id), device.badge)).toBeVisible();
    }
    await page.getByLabel("State", { exact: true }).selectOption("");
    await expect(deviceRows(page)).toHaveCount(4);
  });

  test("pages through 60 matching devices 50 at a time", async ({ page }) => {
    await page.goto(appUrl("/devices"));
    await searchFor(page, pagePrefix);
    await expect(page.getByLabel("Page size")).toHaveValue("50");
    const pager = page.getByRole("navigation", { name: "Device pages" });
    const next = pager.getByRole("button", { name: "Next" });
    const previous = pager.getByRole("button", { name: "Previous" });

    await expect(pager.getByText("Devices 1–50 of 60")).toBeVisible();
    await expect(deviceRows(page)).toHaveCount(50);
    await expect(rowOf(page, `${pagePrefix}-000`)).toBeVisible();
    await expect(previous).toBeDisabled();

    await next.click();
    await expect(pager.getByText("Devices 51–60 of 60")).toBeVisible();
    await expect(deviceRows(page)).toHaveCount(10);
    await expect(rowOf(page, `${pagePrefix}-050`)).toBeVisible();
    await expect(rowOf(page, `${pagePrefix}-059`)).toBeVisible();
    await expect(next).toBeDisabled();

    await previous.click();
    await expect(pager.getByText("Devices 1–50 of 60")).toBeVisible();
    await expect(deviceRows(page)).toHaveCount(50);
    await expect(rowOf(page, `${pagePrefix}-000`)).toBeVisible();
    await expect(rowOf(page, `${pagePrefix}-050`)).toHaveCount(0);
  });
});

test.describe("device detail", () => {
  test("clicking a device opens its page with hostname, versions, state and the crash", async ({ page }) => {
    const { crashed } = fleet;
    await page.goto(appUrl(`/devices?q=${crashed.id}`));
    await rowOf(page, crashed.id).getByRole("link", { name: crashed.id, exact: true }).click();
    await page.waitForURL(pathIs(`/devices/${crashed.id}`));

    await expect(page.getByRole("heading", { name: crashed.hostname, level: 1 })).toBeVisible();
    await expect(page.getByText(crashed.badge, { exact: true }).first()).toBeVisible();

    const facts = page.getByRole("region", { name: "Device", exact: true });
    await expect(facts.getByText("agent", { exact: true })).toBeVisible();
    await expect(facts.getByText("7.11.0", { exact: true })).toBeVisible();
    await expect(facts.getByText("content", { exact: true })).toBeVisible();
    await expect(facts.getByText("2024.07.18", { exact: true })).toBeVisible();

    const timeline = page.getByRole("list", { name: "Device events, newest first" });
    const crash = timeline.getByRole("listitem").filter({ has: page.getByText("crash", { exact: true }) });
    await expect(crash).toHaveCount(1);
    await expect(crash).toContainText("kind kernel");
    await expect(crash).toContainText("code 0x00000050");
    await expect(crash).toContainText("module csagent.sys");
  });

  test("a version change between two heartbeats shows under versions over time", async ({ page }) => {
    const { healthy } = fleet;
    await page.goto(appUrl(`/devices/${healthy.id}`));
    await expect(page.getByRole("heading", { name: healthy.hostname, level: 1 })).toBeVisible();
    const versions = page.getByRole("region", { name: "Versions over time" });
    const change = versions.getByRole("listitem");
    await expect(change).toHaveCount(1);
    await expect(change).toContainText("agent");
    await expect(change).toContainText(new RegExp(`${escapeRegExp("7.11.0")}\\s*→\\s*${escapeRegExp("7.12.0")}`));
    await expect(change).toContainText("seen in heartbeat");
  });

  test("an unknown device id shows a not-found state", async ({ page }) => {
    const unknown = `e2e-${run}-nobody`;
    await page.goto(appUrl(`/devices/${unknown}`));
    await expect(page.getByRole("heading", { name: "Device not found" })).toBeVisible();
    await expect(page.getByText(unknown, { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Back to devices" }).click();
    await page.waitForURL(pathIs("/devices"));
  });
});
