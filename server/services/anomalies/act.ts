import type { AnomalyAction, AnomalyStatus, AnomalyView } from "../../../schemas/anomalies";
import type { Permission } from "../../auth/permissions";
import { actorLabel } from "../../auth/principal";
import { anomalyView, loadAnomaly } from "../../queries/anomalyRows";
import { anomalyAlert } from "../../../core/alerts/events";
import { factsOfRow } from "../../alerts/facts";
import { enqueueAlert } from "../../alerts/outbox";
import { auditChange } from "../audit/record";
import { anomalyName } from "../audit/targetNames";
import { requirePermission } from "../authorize";
import type { ServiceContext } from "../context";
import { conflict, notFound, requireUuid } from "../errors";

/** Which statuses each action may start from: acknowledging is for open ones; anything not yet resolved can be resolved. */
const FROM: Record<AnomalyAction, readonly AnomalyStatus[]> = { acknowledge: ["open"], resolve: ["open", "acknowledged"] };
const TO = { acknowledge: "acknowledged", resolve: "resolved" } as const satisfies Record<AnomalyAction, AnomalyStatus>;

/** Acknowledging says "seen"; resolving says "fixed" and lifts the gate's block, so it needs operate. */
export const ANOMALY_ACTION_PERMISSION: Readonly<Record<AnomalyAction, Permission>> = { acknowledge: "anomalies:acknowledge", resolve: "anomalies:resolve" };

/** Someone acknowledges or resolves an anomaly, with an optional note; audited in the same transaction. */
export async function actOnAnomaly(ctx: ServiceContext, id: string, action: AnomalyAction, note: string | undefined): Promise<AnomalyView> {
  requirePermission(ctx.actor, ANOMALY_ACTION_PERMISSION[action]);
  const actor = actorLabel(ctx.actor);
  return ctx.db.sql.transaction(async (tx) => {
    const current = await loadAnomaly(tx, requireUuid(id, "Anomaly"), true);
    if (!current) throw notFound(`Anomaly ${id}`);
    if (!FROM[action].includes(current.status)) {
      throw conflict(`Cannot ${action} an anomaly that is ${current.status}.`, [{ path: "$.action", message: `current status: ${current.status}` }]);
    }
    const at = ctx.now.toISOString();
    const assignments =
      action === "acknowledge"
        ? "status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3"
        : "status = 'resolved', resolved_by = $2, resolved_at = $3";
    await tx.query(`UPDATE anomalies SET ${assignments}, note = COALESCE($4, note), updated_at = $3 WHERE id = $1`, [current.id, actor, at, note || null]);
    const status = TO[action];
    await auditChange(tx, ctx, {
      action: `anomaly.${status}`,
      targetType: "anomaly",
      targetId: current.id,
      targetName: anomalyName(current),
      reason: note ?? null,
      before: { status: current.status },
      after: { status },
    });
    await enqueueAlert(tx, anomalyAlert(`anomaly.${status}`, factsOfRow(current, status), actor, ctx.now));
    return anomalyView((await loadAnomaly(tx, current.id))!);
  });
}
