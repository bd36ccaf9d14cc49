/**
 * `npm run screenshots`: every page of the app (components/shell/pages.ts) at 1440×900 and 390×844, in
 * light and dark, into docs/screenshots/<page>-<1440|390>-<light|dark>.png.
 *
 * It builds nothing: it starts the existing production build (run `npm run build` first) on fresh,
 * throwaway embedded storage with the demo's simulated fleet, lets the demo rollout meet a content
 * update that boot-loops Windows canaries (so there is a real anomaly and a paused deployment to
 * look at), captures, and stops the fleet and the app.
 *
 *   npm run screenshots -- [--out docs/screenshots] [--devices 600] [--max-wait-min 8]
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "@playwright/test";
import { APP_PAGES, pagePath, type AppPage } from "../../components/shell/pages";
import { NEW_CONTENT_VERSION, startDemoRollout } from "../demoRollout";
import { demoFaults, type FaultHook } from "../fleet/simulator";
import { assertProductionBuild, repoRoot, startAppServer } from "../lib/appServer";
import { DEMO_FAULTS, ensureIngestKey, startDemoFleet, waitForLiveFleet } from "../lib/demoFleet";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "docs/screenshots" },
    devices: { type: "string", default: "600" },
    "max-wait-min": { type: "string", default: "8" },
  },
});

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
/**
 * A phone is shot as its screen shows it (the bottom action bar where the thumb finds it); a wide
 * screen shows the page down to this many screen heights, the window grown to fit so the sidebar
 * runs the full height. Long pages stay legible without megabyte files.
 */
const MAX_DESKTOP_SCREENS = 2;
const PHONE_MAX_WIDTH = 430;
/** Share of Windows canaries that boot-loop once they install the demo's new content update. */
const BAD_UPDATE_SHARE = 0.5;
/** Time for the charts to show some history after the rollout was stopped. */
const SETTLE_MS = 20_000;

/** The demo's faults, plus the July 2024 story: the new content update sends Windows machines into a boot loop. */
function badContentUpdate(): FaultHook {
  const base = demoFaults(DEMO_FAULTS);
  return (context) => {
    const { device, cause, random } = context;
    if (cause === "install" && device.os === "windows" && device.versions.content === NEW_CONTENT_VERSION && random() < BAD_UPDATE_SHARE) {
      return { kind: "bootLoop" };
    }
    return base(context);
  };
}

type Api = <T>(pathname: string) => Promise<T>;

function apiClient(baseUrl: string, adminKey: string): Api {
  return async <T>(pathname: string) => {
    const response = await fetch(`${baseUrl}${pathname}`, { headers: { authorization: `Bearer ${adminKey}` } });
    if (!response.ok) throw new Error(`GET ${pathname}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

interface Story {
  deploymentId: string;
  anomalyId?: string;
  deviceId?: string;
}

/** Waits until the detector has raised an anomaly against the rollout and the rollout has stopped, or the time is up. */
async function waitForStory(api: Api, deadline: number): Promise<Story> {
  for (;;) {
    const deployments = await api<{ items: { id: string; status: string }[] }>("/api/v1/deployments?limit=1");
    const deployment = deployments.items[0];
    const anomalies = deployment ? await api<{ items: { id: string }[] }>(`/api/v1/anomalies?deploymentId=${deployment.id}&limit=1`) : { items: [] };
    const anomalyId = anomalies.items[0]?.id;
    const stopped = deployment && deployment.status !== "active";
    if (deployment && ((anomalyId && stopped) || Date.now() > deadline)) {
      if (!anomalyId || !stopped) console.warn("[screenshots] time is up: capturing the rollout as it is");
      const devices = anomalyId ? await api<{ items: { deviceId: string }[] }>(`/api/v1/anomalies/${anomalyId}/devices?limit=1`) : { items: [] };
      const fallback = devices.items[0] ? undefined : (await api<{ items: { deviceId: string }[] }>("/api/v1/devices?limit=1")).items[0];
      return { deploymentId: deployment.id, anomalyId, deviceId: devices.items[0]?.deviceId ?? fallback?.deviceId };
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

/** The h1, no skeleton left, the network quiet: the page as a person would see it once loaded. */
async function settle(page: Page, target: AppPage): Promise<void> {
  const heading = page.getByRole("heading", { level: 1, ...(target.heading ? { name: target.heading } : {}) }).first();
  await heading.waitFor({ state: "visible", timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll("[data-skeleton]").length === 0, undefined, { timeout: 30_000 });
}

async function capture(page: Page, file: string, viewport: { width: number; height: number }): Promise<void> {
  if (viewport.width > PHONE_MAX_WIDTH) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height: Math.min(height, viewport.height * MAX_DESKTOP_SCREENS) });
    // Two frames: charts measure their new box and redraw before the shot.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  console.log(`[screenshots] ${path.relative(repoRoot(), file)}`);
}

interface Session {
  baseUrl: string;
  admin: { email: string; password: string };
  ids: Partial<Record<string, string>>;
  outDir: string;
}

async function captureAll(browser: Browser, session: Session): Promise<void> {
  for (const viewport of VIEWPORTS) {
    for (const theme of THEMES) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const file = (target: AppPage) => path.join(session.outDir, `${target.name}-${viewport.width}-${theme}.png`);
      const login = APP_PAGES.find((p) => !p.signedIn)!;
      await page.goto(`${session.baseUrl}/login`);
      await settle(page, login);
      await capture(page, file(login), viewport);
      await page.getByLabel("Email", { exact: true }).fill(session.admin.email);
      await page.getByLabel("Password", { exact: true }).fill(session.admin.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/overview");
      for (const target of APP_PAGES.filter((p) => p.signedIn)) {
        if (target.route.includes("[id]") && !session.ids[target.route]) {
          console.warn(`[screenshots] skipped ${target.name}: nothing of that kind yet`);
          continue;
        }
        await page.goto(`${session.baseUrl}${pagePath(target, session.ids)}`);
        await settle(page, target);
        await capture(page, file(target), viewport);
      }
      await context.close();
    }
  }
}

async function main(): Promise<void> {
  try {
    assertProductionBuild();
  } catch (error) {
    console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const outDir = path.resolve(repoRoot(), values.out);
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ringwatch-screenshots-"));
  const admin = { email: "admin@ringwatch.local", password: randomBytes(12).toString("base64url") };
  const adminKey = `rw_shots_${randomBytes(18).toString("base64url")}`;
  console.log(`[screenshots] starting the built app on fresh storage in ${dataDir}…`);
  const server = await startAppServer({
    dataDir,
    logFile: path.join(dataDir, "server.log"),
    env: {
      RINGWATCH_BOOTSTRAP_API_KEY: adminKey,
      RINGWATCH_ADMIN_EMAIL: admin.email,
      RINGWATCH_ADMIN_PASSWORD: admin.password,
      // Detection every few seconds, so the bad update is caught while the script waits.
      RINGWATCH_DETECTION_INTERVAL_SEC: "5",
    },
  });
  const fleet = startDemoFleet({
    baseUrl: server.baseUrl,
    ingestKey: await ensureIngestKey(server.baseUrl, adminKey),
    devices: Number(values.devices),
    intervalSec: 10,
    backfillMin: 10,
    faults: badContentUpdate(),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    await waitForLiveFleet(fleet);
    console.log(`[screenshots] fleet live; rollout: ${(await startDemoRollout(server.baseUrl, adminKey)).summary}`);
    const story = await waitForStory(apiClient(server.baseUrl, adminKey), Date.now() + Number(values["max-wait-min"]) * 60_000);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const ids = { "/deployments/[id]": story.deploymentId, "/anomalies/[id]": story.anomalyId, "/devices/[id]": story.deviceId };
    await captureAll(browser, { baseUrl: server.baseUrl, admin, ids, outDir });
  } finally {
    await browser.close();
    await fleet.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error("[screenshots] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
