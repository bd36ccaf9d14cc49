import { anomalyName, deploymentName, deviceName } from "../../core/names";
import type { Sql } from "../db/sql";
import { loadDeployment } from "./deployments";

/**
 * The name a detail page's tab title shows, read by id; null when no such thing exists (the page
 * then says "not found"). Ids that cannot name a row (not a UUID) are simply not found.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function deploymentPageName(sql: Sql, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const loaded = await loadDeployment(sql, id);
  return loaded ? deploymentName({ ...loaded.row, ...loaded.state }) : null;
}

export async function anomalyPageName(sql: Sql, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const [row] = await sql.query<{ kind: string; ring: string; component: string; version: string; deployment_id: string }>(
    "SELECT kind, ring, component, version, deployment_id::text AS deployment_id FROM anomalies WHERE id = $1",
    [id],
  );
  if (!row) return null;
  const deployment = await loadDeployment(sql, row.deployment_id);
  return anomalyName(row, deployment ? { ...deployment.row, ...deployment.state } : undefined);
}

export async function devicePageName(sql: Sql, deviceId: string): Promise<string | null> {
  const [row] = await sql.query<{ device_id: string; hostname: string | null }>("SELECT device_id, hostname FROM devices WHERE device_id = $1", [deviceId]);
  return row ? deviceName({ deviceId: row.device_id, hostname: row.hostname }) : null;
}
