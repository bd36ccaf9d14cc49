import { AlertmanagerPusher } from "../server/alerts/alertmanager";
import { alertmanagerConfig, type AlertmanagerSettings } from "../server/alerts/alertmanagerConfig";
import type { PublicUrlSettings } from "../server/alerts/formats/links";
import { appConfig } from "../server/config";
import type { Database } from "../server/db/database";
import { repeatEvery, type LoopHandle } from "./repeat";

const ALERTMANAGER_LOCK_ID = 724_2027;
/** Checked every second, so a new or resolved anomaly reaches Alertmanager about a second later. */
const CHECK_INTERVAL_MS = 1_000;

/** Pushes anomalies to the configured Alertmanagers on the leader; nothing runs when none is configured. */
export function startAlertmanagerLoop(db: Database, settings: AlertmanagerSettings & PublicUrlSettings = appConfig()): LoopHandle | null {
  const config = alertmanagerConfig(settings);
  if (!config) return null;
  console.log(`[alertmanager] pushing anomalies to ${config.targets.map((t) => t.label).join(", ")} (re-sent every ${config.resendSec} s)`);
  const pusher = new AlertmanagerPusher(config, settings);
  return repeatEvery(CHECK_INTERVAL_MS, "alertmanager", async () => {
    await db.asLeader(ALERTMANAGER_LOCK_ID, () => pusher.pass(db));
  });
}
