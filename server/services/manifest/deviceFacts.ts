import { deviceAttributes, type Attributes } from "../../../core/detection/profiles";
import { createBatcher } from "../../db/batching";
import type { Database } from "../../db/database";
import { processWide } from "../../processState";

/** What one manifest answer needs to know about the asking device, read in one snapshot with the plan's revision. */
export interface DeviceFacts {
  /** The rollout plan's revision at the moment of the read. */
  planRevision: string;
  /** It has sent an event: Ringwatch knows its ring. */
  known: boolean;
  /** The ring its heartbeats pin it to, if any. */
  ringPin: string | null;
  /** Releases of live deployments it has already been offered. */
  exposedReleases: ReadonlySet<string>;
  /** What it last reported of itself, for holds (os, osVersion, model, tags.*, versions.*). */
  attributes: Attributes;
  /** Stops (pause, hold, ...) it has not yet heard of, with the plan revision each took effect in. */
  pendingStops: { stopId: string; planRevision: bigint }[];
}

// Nothing here is cached: a pin or an exposure written by any instance must count on the very next
// answer. One statement per batch of concurrent requests keeps that to one round trip per batch.
// The revision is a scalar read by primary key: joined as a table that was never analyzed, the
// planner guessed 2,140 rows, multiplied the subplan by them and JIT-compiled the statement
// (200 ms per batch, 62 manifest req/s). Exposures are looked up by (release, device), the primary
// key, for the few live releases.
const READ_FACTS = `
  SELECT (SELECT revision FROM rollout_plan_revision WHERE id = 1)::text AS plan_revision, d.device_id IS NOT NULL AS known, d.ring_pin,
         ARRAY(SELECT e.release_id::text FROM exposures e
               WHERE e.device_id = ids.device_id
                 AND e.release_id IN (SELECT release_id FROM deployments WHERE status IN ('active', 'paused', 'halted'))) AS exposed,
         d.os, d.os_version, d.model, d.tags, d.versions,
         ARRAY(SELECT t.stop_id::text || '@' || s.plan_revision FROM stop_targets t JOIN deployment_stops s ON s.id = t.stop_id
               WHERE t.device_id = ids.device_id AND t.fetched_at IS NULL) AS pending_stops
  FROM unnest($1::text[]) WITH ORDINALITY AS ids(device_id, n)
  LEFT JOIN devices d ON d.device_id = ids.device_id
  ORDER BY ids.n`;

interface FactsRow {
  plan_revision: string;
  known: boolean;
  ring_pin: string | null;
  exposed: string[];
  os: string | null;
  os_version: string | null;
  model: string | null;
  tags: Record<string, string> | null;
  versions: Record<string, string> | null;
  pending_stops: string[];
}

async function readFacts(db: Database, deviceIds: string[]): Promise<DeviceFacts[]> {
  const rows = await db.sql.query<FactsRow>(READ_FACTS, [deviceIds]);
  return rows.map((row) => ({
    planRevision: row.plan_revision,
    known: row.known,
    ringPin: row.ring_pin,
    exposedReleases: new Set(row.exposed),
    // Every component's version counts (a hold may name the deployed one's neighbours): no component is left out.
    attributes: deviceAttributes({ os: row.os, osVersion: row.os_version, model: row.model, tags: row.tags, versions: row.versions }, ""),
    pendingStops: row.pending_stops.map((entry) => {
      const [stopId, revision] = entry.split("@");
      return { stopId, planRevision: BigInt(revision) };
    }),
  }));
}

const reads = processWide("manifestDeviceFacts", () => createBatcher(readFacts));

/** The device's pin and exposures as committed now, with the plan revision they go with. */
export function deviceFacts(db: Database, deviceId: string): Promise<DeviceFacts> {
  return reads.submit(db, deviceId);
}
