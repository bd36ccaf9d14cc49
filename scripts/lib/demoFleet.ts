/**
 * The demo's simulated fleet, shared by `npm run demo` and `npm run screenshots`: an ingest key of
 * its own, a fleet that replays a few minutes of history quickly and then runs live, manifest-following.
 */
import { followManifest } from "../fleet/manifestAgent";
import { FleetSimulator, demoFaults, type FaultHook, type FleetSimulatorOptions } from "../fleet/simulator";

// Faults common enough that a 2,000-device fleet shows crashes, boot loops and silence within a minute.
export const DEMO_FAULTS = { crashy: 0.02, bootLoop: 0.005, silent: 0.01, meanSecondsBetweenCrashes: 900 };
const BACKFILL_SPEEDUP = 20;
const LIVE_LAG_MS = 30_000;

/** Reuses `existing` while the app still accepts it, else creates an ingest-scoped key with the admin key. */
export async function ensureIngestKey(baseUrl: string, adminKey: string, existing?: string): Promise<string> {
  if (existing) {
    const probe = await fetch(`${baseUrl}/api/v1/ingest`, {
      method: "POST",
      headers: { authorization: `Bearer ${existing}`, "content-type": "application/json" },
      body: '{"events":[]}',
    });
    if (probe.status === 202) return existing;
  }
  const created = await fetch(`${baseUrl}/api/v1/api-keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "demo fleet", scopes: ["ingest"] }),
  });
  if (created.status !== 201) throw new Error(`could not create the demo ingest key: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { secret: string }).secret;
}

export interface DemoFleetOptions {
  baseUrl: string;
  ingestKey: string;
  devices: number;
  intervalSec: number;
  /** Minutes of history replayed at once, so charts and states have something to show. */
  backfillMin: number;
  /** What goes wrong with devices; the demo's mix of crashes, boot loops and silence by default. */
  faults?: FaultHook;
  /** Changes each simulated device's profile (e.g. pins its ring). */
  customizeDevice?: FleetSimulatorOptions["customizeDevice"];
}

export function startDemoFleet(options: DemoFleetOptions): FleetSimulator {
  const fleet = new FleetSimulator({
    devices: options.devices,
    baseUrl: options.baseUrl,
    apiKey: options.ingestKey,
    intervalSec: options.intervalSec,
    seed: Date.now() % 100_000,
    startAt: new Date(Date.now() - options.backfillMin * 60_000),
    speedup: BACKFILL_SPEEDUP,
    faults: options.faults ?? demoFaults(DEMO_FAULTS),
    customizeDevice: options.customizeDevice,
    onTick: followManifest(),
  });
  fleet.start();
  return fleet;
}

/** Resolves once the replayed history is in and the fleet runs in real time. */
export async function waitForLiveFleet(fleet: FleetSimulator): Promise<void> {
  while (Date.now() - new Date(fleet.stats().simulatedTime).getTime() > LIVE_LAG_MS || fleet.stats().queued > 0) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
