import type { HoldRule } from "../../core/rollouts/holds";
import type { Sql } from "../db/sql";

export interface HoldRow {
  id: string;
  deployment_id: string;
  dimension: string;
  value: string;
  reason: string;
  revert: boolean;
  anomaly_id: string | null;
  created_at: Date;
  created_by: string;
  released_at: Date | null;
  released_by: string | null;
  release_reason: string | null;
}

const HOLD_COLUMNS = `id::text AS id, deployment_id::text AS deployment_id, dimension, value, reason, revert, anomaly_id::text AS anomaly_id,
  created_at, created_by, released_at, released_by, release_reason`;

/** Holds still in force, per deployment: what the manifest leaves out. */
export async function activeHoldRules(sql: Sql, deploymentIds: string[]): Promise<Map<string, HoldRule[]>> {
  const byDeployment = new Map<string, HoldRule[]>();
  if (deploymentIds.length === 0) return byDeployment;
  const rows = await sql.query<HoldRow>(
    `SELECT ${HOLD_COLUMNS} FROM deployment_holds
     WHERE released_at IS NULL AND deployment_id::text IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY created_at`,
    [JSON.stringify(deploymentIds)],
  );
  for (const row of rows) {
    const list = byDeployment.get(row.deployment_id) ?? [];
    list.push({ id: row.id, dimension: row.dimension, value: row.value, revert: row.revert });
    byDeployment.set(row.deployment_id, list);
  }
  return byDeployment;
}

/** Every hold of a deployment, newest first (released ones too: they are the record). */
export async function listHolds(sql: Sql, deploymentId: string): Promise<HoldRow[]> {
  return sql.query<HoldRow>(`SELECT ${HOLD_COLUMNS} FROM deployment_holds WHERE deployment_id = $1 ORDER BY created_at DESC, id`, [deploymentId]);
}

export async function findHold(sql: Sql, deploymentId: string, holdId: string, forUpdate = false): Promise<HoldRow | null> {
  const [row] = await sql.query<HoldRow>(`SELECT ${HOLD_COLUMNS} FROM deployment_holds WHERE deployment_id = $1 AND id = $2 ${forUpdate ? "FOR UPDATE" : ""}`, [
    deploymentId,
    holdId,
  ]);
  return row ?? null;
}
