import { createBatcher } from "../../db/batching";
import { processWide } from "../../processState";
import type { Database } from "../../db/database";

export interface ExposureRecord {
  releaseId: string;
  deploymentId: string;
  deviceId: string;
  ring: string;
  exposedAt: Date;
}

/** Devices already offered a release (loaded once per release, then kept up to date here). */
const known = processWide("exposures", () => new Map<string, Promise<Set<string>>>());

export function exposedDevices(db: Database, releaseId: string): Promise<Set<string>> {
  let devices = known.get(releaseId);
  if (!devices) {
    devices = db.sql
      .query<{ device_id: string }>("SELECT device_id FROM exposures WHERE release_id = $1", [releaseId])
      .then((rows) => new Set(rows.map((r) => r.device_id)));
    known.set(releaseId, devices);
    devices.catch(() => known.delete(releaseId));
  }
  return devices;
}

async function writeExposures(db: Database, records: ExposureRecord[]): Promise<void[]> {
  await db.sql.query(
    `INSERT INTO exposures (release_id, deployment_id, device_id, ring, exposed_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) ORDER BY 1, 3
     ON CONFLICT (release_id, device_id) DO NOTHING`,
    [records.map((r) => r.releaseId), records.map((r) => r.deploymentId), records.map((r) => r.deviceId), records.map((r) => r.ring), records.map((r) => r.exposedAt.toISOString())],
  );
  for (const record of records) (await exposedDevices(db, record.releaseId)).add(record.deviceId);
  return records.map(() => undefined);
}

// Group commit: manifest requests that arrive while an exposure write is running share the next one.
const writes = processWide("exposureWrites", () => createBatcher(writeExposures));

/** Records exposures durably before the manifest answers: a device is never offered a version without the offer on record. */
export function recordExposures(db: Database, records: ExposureRecord[]): Promise<void> {
  return Promise.all(records.map((record) => writes.submit(db, record))).then(() => undefined);
}

/** Tests and rollbacks start from the database again. */
export function forgetExposures(): void {
  known.clear();
}
