import { createBatcher } from "../../db/batching";
import type { Database } from "../../db/database";
import { processWide } from "../../processState";

export interface ReachRecord {
  stopId: string;
  deviceId: string;
  fetchedAt: Date;
}

// The first answer after a stop wins: later fetches of the same device change nothing.
const MARK_REACHED = `
  UPDATE stop_targets t SET fetched_at = r.fetched_at
  FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS r(stop_id, device_id, fetched_at)
  WHERE t.stop_id = r.stop_id AND t.device_id = r.device_id AND t.fetched_at IS NULL`;

async function writeReach(db: Database, records: ReachRecord[]): Promise<void[]> {
  await db.sql.query(MARK_REACHED, [records.map((r) => r.stopId), records.map((r) => r.deviceId), records.map((r) => r.fetchedAt.toISOString())]);
  return records.map(() => undefined);
}

// Group commit, as for exposures: each device is written once per stop, so this stays small.
const writes = processWide("stopReachWrites", () => createBatcher(writeReach));

/**
 * Records that a device has now been answered on a plan that includes the stops: written before the
 * answer goes out, so the reach never claims a device that did not get the new answer, nor loses one that did.
 */
export async function recordReach(db: Database, records: ReachRecord[]): Promise<void> {
  await Promise.all(records.map((record) => writes.submit(db, record)));
}
