import { appConfig, type AppConfig } from "../../config";
import type { RecoveryView } from "../../../schemas/containment";
import { loadAnomaly } from "../../queries/anomalyRows";
import { anomalyRecovery } from "../../queries/recovery";
import type { ServiceContext } from "../context";
import { notFound, requireUuid } from "../errors";

export async function recoveryOfAnomaly(
  ctx: ServiceContext,
  id: string,
  settings: Pick<AppConfig, "RINGWATCH_RECOVERY_STABLE_SEC"> = appConfig(),
): Promise<RecoveryView> {
  const anomaly = await loadAnomaly(ctx.db.sql, requireUuid(id, "Anomaly"));
  if (!anomaly) throw notFound(`Anomaly ${id}`);
  return anomalyRecovery(ctx.db.sql, anomaly, ctx.now, settings.RINGWATCH_RECOVERY_STABLE_SEC * 1000);
}
