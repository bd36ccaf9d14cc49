import { processWide } from "../../processState";
import type { Database } from "../../db/database";

export interface ExposureRecord {
  releaseId: string;
  deploymentId: string;
  deviceId: string;
  ring: string;
  exposedAt: Date;
}

/** How long a manifest request waits for others to share its exposure write. */
const GROUP_COMMIT_MS = 5;

interface PendingExposure {
  record: ExposureRecord;
  done: () => void;
  failed: (error: unknown) => void;
}
interface State {
  known: Map<string, Promise<Set<string>>>;
  pending: PendingExposure[];
  timer: NodeJS.Timeout | null;
}
const state = processWide<State>("exposures", () => ({ known: new Map(), pending: [], timer: null }));

/** Devices already offered a release (loaded once per release, then kept up to date here). */
export function exposedDevices(db: Database, releaseId: string): Promise<Set<string>> {
  let known = state.known.get(releaseId);
  if (!known) {
    known = db.sql
      .query<{ device_id: string }>("SELECT device_id FROM exposures WHERE release_id = $1", [releaseId])
      .then((rows) => new Set(rows.map((r) => r.device_id)));
    state.known.set(releaseId, known);
    known.catch(() => state.known.delete(releaseId));
  }
  return known;
}

async function flush(db: Database): Promise<void> {
  state.timer = null;
  const batch = state.pending.splice(0);
  if (batch.length === 0) return;
  try {
    const records = batch.map((b) => b.record);
    await db.sql.query(
      `INSERT INTO exposures (release_id, deployment_id, device_id, ring, exposed_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) ORDER BY 1, 3
       ON CONFLICT (release_id, device_id) DO NOTHING`,
      [records.map((r) => r.releaseId), records.map((r) => r.deploymentId), records.map((r) => r.deviceId), records.map((r) => r.ring), records.map((r) => r.exposedAt.toISOString())],
    );
    for (const record of records) (await exposedDevices(db, record.releaseId)).add(record.deviceId);
    batch.forEach((b) => b.done());
  } catch (error) {
    batch.forEach((b) => b.failed(error));
  }
}

/**
 * Records exposures durably before the manifest answers, batching concurrent requests into one
 * INSERT (group commit): a device is never offered a version without the offer being on record.
 */
export function recordExposures(db: Database, records: ExposureRecord[]): Promise<void> {
  const written = records.map(
    (record) => new Promise<void>((done, failed) => state.pending.push({ record, done, failed })),
  );
  state.timer ??= setTimeout(() => void flush(db), GROUP_COMMIT_MS);
  return Promise.all(written).then(() => undefined);
}

/** Tests and rollbacks start from the database again. */
export function forgetExposures(): void {
  state.known.clear();
}
