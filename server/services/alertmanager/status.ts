import type { AlertmanagerStatus } from "../../../schemas/alertmanager";
import { emptyTargetStatus, loadTargetStates } from "../../alerts/alertmanager";
import { readAlertmanagerSettings } from "../../alerts/alertmanagerConfig";
import type { ServiceContext } from "../context";

/** The push settings and each target's last outcome, as the worker left them in the database. */
export async function alertmanagerStatus(ctx: ServiceContext, env: Record<string, string | undefined> = process.env): Promise<AlertmanagerStatus> {
  const { config, error } = readAlertmanagerSettings(env);
  if (error) return { configured: true, configError: error, resendSec: null, extraLabels: {}, targets: [] };
  if (!config) return { configured: false, configError: null, resendSec: null, extraLabels: {}, targets: [] };
  const states = await loadTargetStates(ctx.db.sql);
  const targets = config.targets.map((t) => states[t.label] ?? emptyTargetStatus(t));
  return { configured: true, configError: null, resendSec: config.resendSec, extraLabels: config.extraLabels, targets };
}
