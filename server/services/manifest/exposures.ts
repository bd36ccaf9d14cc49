import { createBatcher } from "../../db/batching";
import { processWide } from "../../processState";
import type { Database } from "../../db/database";

export interface ExposureRecord {
  releaseId: string;
  deploymentId: string;
  deviceId: string;
  ring: string;
  /** The wave of the ring's stage the device was exposed in. */
  wave: number;
  exposedAt: Date;
}

/** An offer decided on plan revision `planRevision`: recorded only if that plan is still the current one. */
export interface PlannedExposure {
  record: ExposureRecord;
  planRevision: string;
}

/**
 * The share lock on the revision row makes the check and the insert one step against plan changes:
 * a pause or promotion (which bumps the revision) waits for exposures already being recorded, and
 * an exposure decided on the plan before it finds a newer revision and records nothing.
 */
const RECORD_IF_CURRENT = `
  WITH plan AS (SELECT revision FROM rollout_plan_revision WHERE id = 1 FOR SHARE),
  recorded AS (
    INSERT INTO exposures (release_id, deployment_id, device_id, ring, exposed_at, wave)
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $7::int[])
    WHERE (SELECT revision FROM plan) = $6::bigint
    ORDER BY 1, 3
    ON CONFLICT (release_id, device_id) DO NOTHING)
  SELECT (SELECT revision FROM plan)::text AS revision`;

async function writeExposures(db: Database, planned: PlannedExposure[]): Promise<boolean[]> {
  const current = new Map<string, boolean>();
  for (const revision of new Set(planned.map((p) => p.planRevision))) {
    const records = planned.filter((p) => p.planRevision === revision).map((p) => p.record);
    const [row] = await db.sql.query<{ revision: string }>(RECORD_IF_CURRENT, [
      records.map((r) => r.releaseId),
      records.map((r) => r.deploymentId),
      records.map((r) => r.deviceId),
      records.map((r) => r.ring),
      records.map((r) => r.exposedAt.toISOString()),
      revision,
      records.map((r) => r.wave),
    ]);
    current.set(revision, row.revision === revision);
  }
  return planned.map((p) => current.get(p.planRevision) ?? false);
}

// Group commit: manifest requests that arrive while an exposure write is running share the next one.
const writes = processWide("exposureWrites", () => createBatcher(writeExposures));

/**
 * Records exposures durably before the manifest answers: a device is never offered a version
 * without the offer on record. Resolves false when the plan changed since the offer was decided:
 * nothing was recorded and the caller decides again on the new plan.
 */
export async function recordExposures(db: Database, records: ExposureRecord[], planRevision: string): Promise<boolean> {
  const results = await Promise.all(records.map((record) => writes.submit(db, { record, planRevision })));
  return results.every(Boolean);
}
