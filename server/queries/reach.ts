import { reachCurve, reachStatistics, type StopAction } from "../../core/rollouts/reach";
import type { DeviceState } from "../../core/devices/state";
import type { ReachView } from "../../schemas/containment";
import type { Sql } from "../db/sql";
import { deviceStateExpression } from "./deviceState";

/** Unreached devices listed in full up to this many; the total is always given. */
export const UNREACHED_LISTED = 500;

interface StopRow {
  id: string;
  action: StopAction;
  at: Date;
  hold_id: string | null;
  dimension: string | null;
  value: string | null;
}

interface TargetRow {
  device_id: string;
  fetched_at: Date | null;
  self_healed_at: Date | null;
  hostname: string | null;
  last_seen_at: Date | null;
  state: DeviceState | null;
}

/**
 * How far a stop has reached, for the latest stop of the deployment or the one asked for; null when
 * the deployment was never stopped. Self-healing is the agent's own revert of this release after the stop
 * (an `update` of the component to the release's version with `status: rolled_back`).
 */
export async function deploymentReach(
  sql: Sql,
  deployment: { id: string; component: string; version: string },
  now: Date,
  stopId?: string,
): Promise<ReachView | null> {
  const stops = await sql.query<StopRow>(
    `SELECT s.id::text AS id, s.action, s.at, s.hold_id::text AS hold_id, h.dimension, h.value
     FROM deployment_stops s LEFT JOIN deployment_holds h ON h.id = s.hold_id
     WHERE s.deployment_id = $1 ORDER BY s.at DESC, s.id`,
    [deployment.id],
  );
  const stop = stopId ? stops.find((s) => s.id === stopId) : stops[0];
  if (!stop) return null;
  const targets = await sql.query<TargetRow>(
    `SELECT t.device_id, t.fetched_at, d.hostname, d.last_seen_at, ${deviceStateExpression("$4")} AS state,
            (SELECT min(ev.ts) FROM events ev
             WHERE ev.device_id = t.device_id AND ev.type = 'update' AND ev.ts >= $2
               AND ev.payload ->> 'status' = 'rolled_back' AND ev.payload ->> 'component' = $3 AND ev.payload ->> 'toVersion' = $5) AS self_healed_at
     FROM stop_targets t LEFT JOIN devices d ON d.device_id = t.device_id
     WHERE t.stop_id = $1`,
    [stop.id, new Date(stop.at).toISOString(), deployment.component, now.toISOString(), deployment.version],
  );
  const actionAt = new Date(stop.at);
  const asTargets = targets.map((t) => ({
    deviceId: t.device_id,
    fetchedAt: t.fetched_at && new Date(t.fetched_at),
    selfHealedAt: t.self_healed_at && new Date(t.self_healed_at),
  }));
  const stats = reachStatistics(actionAt, asTargets);
  const unreached = targets
    .filter((t) => !t.fetched_at && !t.self_healed_at)
    .sort((a, b) => (a.last_seen_at ? new Date(a.last_seen_at).getTime() : 0) - (b.last_seen_at ? new Date(b.last_seen_at).getTime() : 0));
  return {
    stopId: stop.id,
    action: stop.action,
    actionAt: actionAt.toISOString(),
    hold: stop.hold_id && stop.dimension && stop.value ? { id: stop.hold_id, dimension: stop.dimension, value: stop.value } : null,
    ...stats,
    unreached: unreached.slice(0, UNREACHED_LISTED).map((t) => ({
      deviceId: t.device_id,
      hostname: t.hostname,
      lastSeenAt: t.last_seen_at && new Date(t.last_seen_at).toISOString(),
      state: t.state ?? "silent",
    })),
    unreachedTotal: unreached.length,
    curve: reachCurve(actionAt, asTargets),
    stops: stops.map((s) => ({ id: s.id, action: s.action, at: new Date(s.at).toISOString() })),
  };
}
