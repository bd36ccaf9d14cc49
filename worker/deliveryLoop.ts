import { deliverDue } from "../server/alerts/deliver";
import { pruneAlertHistory } from "../server/alerts/retention";
import { appConfig } from "../server/config";
import type { Database } from "../server/db/database";
import { repeatEvery, type LoopHandle } from "./repeat";

/** Its own lock: alert delivery must not wait behind a long detection tick, and vice versa. */
const DELIVERY_LOCK_ID = 724_2026;
/** Alerts should leave within about a second of the change that raised them. */
export const DELIVERY_INTERVAL_MS = 1_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Delivers due webhook messages every second on the leader, and prunes old alert history hourly. */
export function startDeliveryLoop(db: Database, intervalMs = DELIVERY_INTERVAL_MS): LoopHandle {
  let prunedAt = 0;
  return repeatEvery(intervalMs, "alerts", async () => {
    const result = await db.asLeader(DELIVERY_LOCK_ID, async () => {
      if (Date.now() - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        const pruned = await pruneAlertHistory(db.sql, new Date(), appConfig().RINGWATCH_ALERT_RETENTION_DAYS);
        if (pruned.alerts + pruned.deliveries > 0) console.log(`[alerts] pruned ${pruned.alerts} old alerts and ${pruned.deliveries} deliveries`);
      }
      return deliverDue(db);
    });
    if (result && result.attempted > 0) console.log(`[alerts] ${result.delivered}/${result.attempted} webhook deliveries succeeded`);
  });
}
