import { deliverDue } from "../server/alerts/deliver";
import type { Database } from "../server/db/database";

/** Its own lock: alert delivery must not wait behind a long detection tick, and vice versa. */
const DELIVERY_LOCK_ID = 724_2026;
/** Alerts should leave within about a second of the change that raised them. */
export const DELIVERY_INTERVAL_MS = 1_000;

export interface LoopHandle {
  stop(): Promise<void>;
}

/** Delivers due webhook messages every second on the leader (never overlapping passes); failures are logged. */
export function startDeliveryLoop(db: Database, intervalMs = DELIVERY_INTERVAL_MS): LoopHandle {
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = () => {
    if (running || stopped) return;
    running = db.asLeader(DELIVERY_LOCK_ID, () => deliverDue(db))
      .then((result) => {
        if (result && result.attempted > 0) console.log(`[alerts] ${result.delivered}/${result.attempted} webhook deliveries succeeded`);
      })
      .catch((error: unknown) => console.error("[alerts] delivery pass failed", error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(pass, intervalMs);
  pass();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
