import type { Database } from "../server/db/database";
import { processWide } from "../server/processState";
import { promoteDueStages } from "../server/services/deployments/advance";

/** Same constant in every instance: only the holder runs a tick. */
const WORKER_LOCK_ID = 724_2025;
const DEFAULT_INTERVAL_SEC = 10;

export interface WorkerTick {
  startedAt: Date;
  durationMs: number;
  promoted: string[];
  skipped: boolean;
}

export interface WorkerHandle {
  stop(): Promise<void>;
  lastTick(): WorkerTick | null;
}

export function tickIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.RINGWATCH_DETECTION_INTERVAL_SEC ?? DEFAULT_INTERVAL_SEC);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_INTERVAL_SEC) * 1000;
}

/** One pass of background work: promote stages whose bake passed with a go gate. */
export async function runTick(db: Database, now = new Date()): Promise<WorkerTick> {
  const started = performance.now();
  const promoted = await db.asLeader(WORKER_LOCK_ID, () => promoteDueStages(db, now));
  return { startedAt: now, durationMs: performance.now() - started, promoted: promoted ?? [], skipped: promoted === null };
}

/** Ticks forever (never overlapping) until stopped; a failed tick is logged and the next one runs. */
export function startWorker(db: Database, intervalMs = tickIntervalMs()): WorkerHandle {
  let last: WorkerTick | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runTick(db)
      .then((result) => {
        last = result;
        if (result.promoted.length) console.log(`[worker] promoted ${result.promoted.join(", ")}`);
      })
      .catch((error: unknown) => console.error("[worker] tick failed", error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    lastTick: () => last,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** The app's one worker per process (instrumentation may be loaded more than once). */
export function ensureWorker(db: Database): WorkerHandle {
  return processWide("worker", () => startWorker(db));
}
