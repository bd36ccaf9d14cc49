import { appConfig, type AppConfig } from "../server/config";
import type { Database } from "../server/db/database";
import { processWide } from "../server/processState";
import { serviceContext, SYSTEM_PRINCIPAL } from "../server/services/context";
import { promoteDueStages } from "../server/services/deployments/advance";
import { runDetection, type DetectionResult } from "../server/services/detection/run";
import { saveTickRecord } from "../server/services/detection/status";
import { startAlertmanagerLoop } from "./alertmanagerLoop";
import { startDeliveryLoop } from "./deliveryLoop";
import { repeatEvery } from "./repeat";

/** Same constant in every instance: only the holder runs a tick. */
const WORKER_LOCK_ID = 724_2025;

export type TickSettings = Pick<AppConfig, "RINGWATCH_DETECTION_INTERVAL_SEC" | "RINGWATCH_ANOMALY_HEALTHY_SEC">;

export interface WorkerTick {
  startedAt: Date;
  durationMs: number;
  promoted: string[];
  detection: DetectionResult | null;
  skipped: boolean;
}

export interface WorkerHandle {
  stop(): Promise<void>;
  lastTick(): WorkerTick | null;
}

export function tickIntervalMs(settings: Pick<TickSettings, "RINGWATCH_DETECTION_INTERVAL_SEC"> = appConfig()): number {
  return settings.RINGWATCH_DETECTION_INTERVAL_SEC * 1000;
}

/**
 * One pass of background work, on one instance at a time: detection first (a critical anomaly
 * pauses its deployment), then promotion of stages whose bake passed with a go gate, so a bad
 * release is stopped before the same tick could offer it to the next ring.
 */
export async function runTick(db: Database, now = new Date(), settings: TickSettings = appConfig()): Promise<WorkerTick> {
  const started = performance.now();
  const intervalSec = settings.RINGWATCH_DETECTION_INTERVAL_SEC;
  // Every change a tick makes is Ringwatch's own, audited as `system`.
  const ctx = serviceContext(db, SYSTEM_PRINCIPAL, now);
  const done = await db.asLeader(WORKER_LOCK_ID, async () => {
    const detection = await runDetection(ctx, settings.RINGWATCH_ANOMALY_HEALTHY_SEC, intervalSec);
    const promoted = await promoteDueStages(ctx);
    await saveTickRecord(ctx, { durationMs: performance.now() - started, evaluated: detection.evaluated, intervalSec });
    return { detection, promoted };
  });
  return {
    startedAt: now,
    durationMs: performance.now() - started,
    promoted: done?.promoted ?? [],
    detection: done?.detection ?? null,
    skipped: done === null,
  };
}

/** Ticks forever (never overlapping) until stopped, with alert delivery and the Alertmanager push alongside; a failed tick is logged and the next one runs. */
export function startWorker(db: Database, intervalMs = tickIntervalMs()): WorkerHandle {
  let last: WorkerTick | null = null;
  const ticks = repeatEvery(intervalMs, "worker", async () => {
    const result = await runTick(db);
    last = result;
    if (result.promoted.length) console.log(`[worker] promoted ${result.promoted.join(", ")}`);
    const detection = result.detection;
    if (detection?.opened.length) console.log(`[worker] opened anomalies ${detection.opened.join(", ")}`);
    if (detection?.paused.length) console.log(`[worker] auto-paused ${detection.paused.join(", ")}`);
  });
  const delivery = startDeliveryLoop(db);
  const alertmanager = startAlertmanagerLoop(db);
  return {
    lastTick: () => last,
    async stop() {
      await Promise.all([ticks.stop(), delivery.stop(), alertmanager?.stop()]);
    },
  };
}

/** The app's one worker per process (instrumentation may be loaded more than once). */
export function ensureWorker(db: Database): WorkerHandle {
  return processWide("worker", () => startWorker(db));
}
