import type { AlertmanagerStatus } from "../../../schemas/alertmanager";
import { emptyTargetStatus, loadTargetStates } from "../../alerts/alertmanager";
import { alertmanagerConfig, type AlertmanagerSettings } from "../../alerts/alertmanagerConfig";
import { appConfig } from "../../config";
import type { ServiceContext } from "../context";

/** The push settings and each target's last outcome, as the worker left them in the database. */
export async function alertmanagerStatus(ctx: ServiceContext, settings: AlertmanagerSettings = appConfig()): Promise<AlertmanagerStatus> {
  // Unusable settings stop start-up (server/config), so a running app never has a configError to show.
  const config = alertmanagerConfig(settings);
  if (!config) return { configured: false, configError: null, resendSec: null, extraLabels: {}, targets: [] };
  const states = await loadTargetStates(ctx.db.sql);
  const targets = config.targets.map((t) => states[t.label] ?? emptyTargetStatus(t));
  return { configured: true, configError: null, resendSec: config.resendSec, extraLabels: config.extraLabels, targets };
}
