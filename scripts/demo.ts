/**
 * `npm run demo`: the app on the embedded database (or DATABASE_URL) with a live simulated fleet.
 * Keeps its admin login and keys in <data dir>/demo-credentials.json so a second run reuses them.
 *
 *   npm run demo -- [--devices 2000] [--interval 10] [--backfill-min 10] [--port 3000]
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { configOrExit } from "../server/config";
import { DEMO_RING_SHARES, demoFleetFaults } from "./demoFaults";
import { runAgentIncident } from "./demoIncident";
import { startDemoRollout } from "./demoRollout";
import { DEFAULT_VERSIONS } from "./fleet/devices";
import { repoRoot, startAppServer } from "./lib/appServer";
import { DEMO_FAULTS, ensureIngestKey, startDemoFleet, waitForLiveFleet } from "./lib/demoFleet";
import { ringFor } from "./scenarios/fleetShape";

interface DemoCredentials {
  adminEmail: string;
  adminPassword: string;
  adminKey: string;
  ingestKey?: string;
}

// The app's own reading of PORT, RINGWATCH_DATA_DIR, DATABASE_URL and the admin: same defaults, same checks.
const settings = configOrExit("demo");
const { values } = parseArgs({
  options: {
    devices: { type: "string", default: "2000" },
    interval: { type: "string", default: "10" },
    "backfill-min": { type: "string", default: "10" },
    port: { type: "string", default: String(settings.PORT) },
  },
});
const dataDir = path.resolve(repoRoot(), settings.RINGWATCH_DATA_DIR);
const credentialsFile = path.join(dataDir, "demo-credentials.json");
const DEMO_RECOVERY_STABLE_SEC = 120;

function loadCredentials(): DemoCredentials {
  if (existsSync(credentialsFile)) return JSON.parse(readFileSync(credentialsFile, "utf8")) as DemoCredentials;
  mkdirSync(dataDir, { recursive: true });
  return {
    adminEmail: settings.RINGWATCH_ADMIN_EMAIL ?? "admin@ringwatch.local",
    adminPassword: settings.RINGWATCH_ADMIN_PASSWORD ?? randomBytes(9).toString("base64url"),
    adminKey: `rw_demo_admin_${randomBytes(18).toString("base64url")}`,
  };
}

function saveCredentials(credentials: DemoCredentials): void {
  writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

function banner(baseUrl: string, credentials: DemoCredentials & { ingestKey: string }, devices: number): string {
  return `
  Ringwatch demo is running
  ─────────────────────────
  Open        ${baseUrl}
  Sign in     ${credentials.adminEmail} / ${credentials.adminPassword}
  Ingest key  ${credentials.ingestKey}
  Fleet       ${devices} simulated devices posting heartbeats, crashes and boot loops
  Data        ${settings.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : dataDir}

  Send an event yourself:
    curl -X POST ${baseUrl}/api/v1/ingest -H 'Authorization: Bearer ${credentials.ingestKey}' \\
      -H 'Content-Type: application/json' \\
      -d '{"events":[{"type":"heartbeat","deviceId":"my-laptop","ts":"'$(date -u +%Y-%m-%dT%H:%M:%SZ)'","bootId":"b1","intervalSec":60,"versions":{"agent":"7.11.0"}}]}'

  Ctrl-C stops the fleet and the server; the data stays for the next run.
`;
}

async function main(): Promise<void> {
  const credentials = loadCredentials();
  saveCredentials(credentials);
  console.log("[demo] starting the server (migrations run at start-up)…");
  const server = await startAppServer({
    port: Number(values.port),
    dataDir,
    databaseUrl: settings.DATABASE_URL,
    env: {
      RINGWATCH_BOOTSTRAP_API_KEY: credentials.adminKey,
      RINGWATCH_ADMIN_EMAIL: credentials.adminEmail,
      RINGWATCH_ADMIN_PASSWORD: credentials.adminPassword,
      // Recovered after two stable minutes rather than ten, so the burn-down moves while you watch.
      RINGWATCH_RECOVERY_STABLE_SEC: process.env.RINGWATCH_RECOVERY_STABLE_SEC ?? String(DEMO_RECOVERY_STABLE_SEC),
    },
    logFile: path.join(dataDir, "server.log"),
  });
  const ingestKey = await ensureIngestKey(server.baseUrl, credentials.adminKey, credentials.ingestKey);
  saveCredentials({ ...credentials, ingestKey });
  const devices = Number(values.devices);
  const fleet = startDemoFleet({
    baseUrl: server.baseUrl,
    ingestKey,
    devices,
    intervalSec: Number(values.interval),
    backfillMin: Number(values["backfill-min"]),
    faults: demoFleetFaults(DEMO_FAULTS, DEFAULT_VERSIONS.agent),
    // Agents pin their ring, so the canary is big enough for detection to see one bad build in it.
    customizeDevice: (profile) => ({ ...profile, ring: ringFor(1, profile, DEMO_RING_SHARES) }),
  });
  console.log(banner(server.baseUrl, { ...credentials, ingestKey }, devices));
  // The rollout starts once the replayed history is in, so every ring has devices to gate on.
  void waitForLiveFleet(fleet)
    .then(() => startDemoRollout(server.baseUrl, credentials.adminKey))
    .then((rollout) => {
      console.log(`[demo] rollout: ${rollout.summary}`);
      if (rollout.contentDeploymentId)
        return runAgentIncident(server.baseUrl, credentials.adminKey, fleet, rollout.contentDeploymentId, DEFAULT_VERSIONS.agent, (line) =>
          console.log(`[demo] ${line}`),
        );
    })
    .catch((error: unknown) => console.error("[demo] could not start the demo rollout:", error));
  const status = setInterval(() => {
    const s = fleet.stats();
    console.log(`[demo] events accepted=${s.accepted} queued=${s.queued} retries=${s.retries} simulated time ${s.simulatedTime}`);
  }, 30_000);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(status);
    console.log("\n[demo] stopping the fleet and the server…");
    fleet
      .stop()
      .then(() => server.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error("[demo] could not stop cleanly:", error);
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  await server.exited;
  if (!stopping) {
    console.error(`[demo] the server exited unexpectedly; its log: ${path.join(dataDir, "server.log")}\n${server.logTail()}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error("[demo] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
