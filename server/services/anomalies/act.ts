import type { AnomalyAction, AnomalyStatus, AnomalyView } from "../../../schemas/anomalies";
import type { Permission } from "../../auth/permissions";
import { actorLabel, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { requirePermission } from "../../http/access";
import { conflict, notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { anomalyView, loadAnomaly } from "../../queries/anomalyRows";
import { anomalyAlert } from "../../../core/alerts/events";
import { factsOfRow } from "../../alerts/facts";
import { enqueueAlert } from "../../alerts/outbox";
import { recordAudit } from "../audit/record";

/** Which statuses each action may start from: acknowledging is for open ones; anything not yet resolved can be resolved. */
const FROM: Record<AnomalyAction, readonly AnomalyStatus[]> = { acknowledge: ["open"], resolve: ["open", "acknowledged"] };

/** Acknowledging says "seen"; resolving says "fixed" and lifts the gate's block, so it needs operate. */
export const ANOMALY_ACTION_PERMISSION: Readonly<Record<AnomalyAction, Permission>> = { acknowledge: "anomalies:acknowledge", resolve: "anomalies:resolve" };

/** Someone acknowledges or resolves an anomaly, with an optional note; audited in the same transaction. */
export async function actOnAnomaly(db: Database, principal: Principal, id: string, action: AnomalyAction, note: string | undefined, now: Date): Promise<AnomalyView> {
  requirePermission(principal, ANOMALY_ACTION_PERMISSION[action]);
  const actor = actorLabel(principal);
  return db.sql.transaction(async (tx) => {
    const current = await loadAnomaly(tx, requireUuid(id, "Anomaly"), true);
    if (!current) throw notFound(`Anomaly ${id}`);
    if (!FROM[action].includes(current.status)) {
      throw conflict(`Cannot ${action} an anomaly that is ${current.status}.`, [{ path: "$.action", message: `current status: ${current.status}` }]);
    }
    const at = now.toISOString();
    const assignments = action === "acknowledge"
      ? "status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3"
      : "status = 'resolved', resolved_by = $2, resolved_at = $3";
    await tx.query(`UPDATE anomalies SET ${assignments}, note = COALESCE($4, note), updated_at = $3 WHERE id = $1`, [current.id, actor, at, note || null]);
    await recordAudit(tx, { actor, action: `anomaly.${action}`, targetType: "anomaly", targetId: current.id, reason: note ?? null, before: { status: current.status }, after: { status: action === "acknowledge" ? "acknowledged" : "resolved" } });
    const status = action === "acknowledge" ? "acknowledged" : "resolved";
    await enqueueAlert(tx, anomalyAlert(`anomaly.${status}`, factsOfRow(current, status), actor, now));
    return anomalyView((await loadAnomaly(tx, current.id))!);
  });
}
