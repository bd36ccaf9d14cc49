import { AlertmanagerPusher } from "../server/alerts/alertmanager";
import { readAlertmanagerSettings } from "../server/alerts/alertmanagerConfig";
import type { Database } from "../server/db/database";
import { repeatEvery, type LoopHandle } from "./repeat";

const ALERTMANAGER_LOCK_ID = 724_2027;
/** Checked every second, so a new or resolved anomaly reaches Alertmanager about a second later. */
const CHECK_INTERVAL_MS = 1_000;

/** Pushes anomalies to the configured Alertmanagers on the leader; nothing runs when none is configured. */
export function startAlertmanagerLoop(db: Database, env: Record<string, string | undefined> = process.env): LoopHandle | null {
  const { config, error } = readAlertmanagerSettings(env);
  if (error) console.error(`[alertmanager] not pushing: ${error}`);
  if (!config) return null;
  console.log(`[alertmanager] pushing anomalies to ${config.targets.map((t) => t.label).join(", ")} (re-sent every ${config.resendSec} s)`);
  const pusher = new AlertmanagerPusher(config, env);
  return repeatEvery(CHECK_INTERVAL_MS, "alertmanager", async () => {
    await db.asLeader(ALERTMANAGER_LOCK_ID, () => pusher.pass(db));
  });
}
