import type { AlertmanagerStatus } from "../../../schemas/alertmanager";
import { emptyTargetStatus, loadTargetStates } from "../../alerts/alertmanager";
import { alertmanagerConfig, AlertmanagerConfigError, type AlertmanagerConfig } from "../../alerts/alertmanagerConfig";
import type { Database } from "../../db/database";

/** The push settings and each target's last outcome, as the worker left them in the database. */
export async function alertmanagerStatus(db: Database, env: Record<string, string | undefined> = process.env): Promise<AlertmanagerStatus> {
  let config: AlertmanagerConfig | null;
  try {
    config = alertmanagerConfig(env);
  } catch (error) {
    if (!(error instanceof AlertmanagerConfigError)) throw error;
    return { configured: true, configError: error.message, resendSec: null, extraLabels: {}, targets: [] };
  }
  if (!config) return { configured: false, configError: null, resendSec: null, extraLabels: {}, targets: [] };
  const states = await loadTargetStates(db.sql);
  const targets = config.targets.map((t) => states[t.label] ?? emptyTargetStatus(t));
  return { configured: true, configError: null, resendSec: config.resendSec, extraLabels: config.extraLabels, targets };
}
