import { burndown, deviceRecovery, RECOVERED_AFTER_MS, recoverySummary, type RecoveryFacts, type RepairRecord } from "../../core/recovery/state";
import type { DeviceState } from "../../core/devices/state";
import type { RecoveryView } from "../../schemas/containment";
import type { Sql } from "../db/sql";
import { deviceStateExpression } from "./deviceState";

interface AffectedRow {
  device_id: string;
  affected_at: Date;
  hostname: string | null;
  site: string | null;
  state: DeviceState;
  last_heartbeat_at: Date | null;
  uptime_sec: number | null;
  running_version: string | null;
  running_since: Date | null;
  self_reverted_at: Date | null;
  repairs: { status: RepairRecord["status"]; at: string; recoveryKeyUsed: boolean; by: string }[];
}

/** Sites listed as the slowest to recover. */
const SLOWEST_SITES = 10;

/**
 * Where every device an anomaly affected stands now. Facts come from the device row (health, the
 * running version, the current boot), its `update` events since it was affected (the agent's own
 * revert; when it changed version) and the repair records of on-site teams.
 */
export async function anomalyRecovery(
  sql: Sql,
  anomaly: { id: string; component: string; version: string },
  now: Date,
  stableMs = RECOVERED_AFTER_MS,
): Promise<RecoveryView> {
  const rows = await sql.query<AffectedRow>(
    `SELECT a.device_id, a.affected_at, d.hostname, d.tags ->> 'site' AS site, ${deviceStateExpression("$3")} AS state,
            d.last_heartbeat_at, d.uptime_sec, d.versions ->> $2 AS running_version,
            (SELECT max(ev.ts) FROM events ev WHERE ev.device_id = a.device_id AND ev.type = 'update' AND ev.ts >= a.affected_at
               AND ev.payload ->> 'component' = $2 AND ev.payload ->> 'status' IN ('installed', 'rolled_back')) AS running_since,
            (SELECT min(ev.ts) FROM events ev WHERE ev.device_id = a.device_id AND ev.type = 'update' AND ev.ts >= a.affected_at
               AND ev.payload ->> 'component' = $2 AND ev.payload ->> 'status' = 'rolled_back' AND ev.payload ->> 'toVersion' = $4) AS self_reverted_at,
            COALESCE((SELECT json_agg(json_build_object('status', r.status, 'at', r.at, 'recoveryKeyUsed', r.recovery_key_used, 'by', r.actor) ORDER BY r.at, r.id)
                      FROM device_repairs r WHERE r.device_id = a.device_id AND r.at >= a.affected_at), '[]') AS repairs
     FROM anomaly_devices a JOIN devices d ON d.device_id = a.device_id
     WHERE a.anomaly_id = $1
     ORDER BY a.affected_at, a.device_id`,
    [anomaly.id, anomaly.component, now.toISOString(), anomaly.version],
  );
  const devices = rows.map((row) => {
    const affectedAt = new Date(row.affected_at);
    const lastHeartbeatAt = row.last_heartbeat_at && new Date(row.last_heartbeat_at);
    // The current boot started uptime seconds before its latest heartbeat.
    const healthySince =
      row.state === "healthy" && lastHeartbeatAt && row.uptime_sec !== null ? new Date(lastHeartbeatAt.getTime() - row.uptime_sec * 1000) : null;
    const facts: RecoveryFacts = {
      affectedAt,
      health: row.state,
      healthySince,
      lastHeartbeatAt,
      runningVersion: row.running_version,
      badVersion: anomaly.version,
      runningSince: row.running_since && new Date(row.running_since),
      selfRevertedAt: row.self_reverted_at && new Date(row.self_reverted_at),
      repairs: row.repairs.map((r) => ({ ...r, at: new Date(r.at) })),
    };
    return { row, affectedAt, recovery: deviceRecovery(facts, now, stableMs) };
  });
  const summary = recoverySummary(devices);
  return {
    anomalyId: anomaly.id,
    ...summary,
    burndown: burndown(devices, now).map((p) => ({ at: p.at.toISOString(), down: p.down })),
    slowestSites: slowestSites(devices),
    devices: devices.map(({ row, affectedAt, recovery }) => ({
      deviceId: row.device_id,
      hostname: row.hostname,
      site: row.site,
      state: recovery.state,
      ...(recovery.method ? { method: recovery.method } : {}),
      ...(recovery.recoveryKeyUsed !== undefined ? { recoveryKeyUsed: recovery.recoveryKeyUsed } : {}),
      ...(recovery.claimedBy ? { claimedBy: recovery.claimedBy } : {}),
      since: recovery.since.toISOString(),
      affectedAt: affectedAt.toISOString(),
      health: row.state,
    })),
  };
}

type Recovered = { row: AffectedRow; affectedAt: Date; recovery: ReturnType<typeof deviceRecovery> };

/** Sites with the most devices still not recovered. */
function slowestSites(devices: Recovered[]): RecoveryView["slowestSites"] {
  const bySite = new Map<string, Recovered[]>();
  for (const d of devices) {
    const site = d.row.site ?? "(no site)";
    bySite.set(site, [...(bySite.get(site) ?? []), d]);
  }
  return [...bySite.entries()]
    .map(([site, list]) => {
      const summary = recoverySummary(list);
      return { site, affected: summary.affected, stillDown: summary.down + summary.inRepair, mttrSec: summary.mttrSec };
    })
    .filter((s) => s.stillDown > 0)
    .sort((a, b) => b.stillDown - a.stillDown || a.site.localeCompare(b.site))
    .slice(0, SLOWEST_SITES);
}
