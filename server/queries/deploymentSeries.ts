import type { Sql } from "../db/sql";
import type { LoadedDeployment } from "./deployments";
import { DEVICE_CRASH_KINDS_SQL } from "./deviceState";
import { ringDeviceCount } from "./rolloutHealth";

/** About this many points per chart, whatever the deployment's age. */
const TARGET_POINTS = 60;
const MIN_BUCKET_SEC = 30;

export interface SeriesPoint {
  t: string;
  exposed: Record<string, number>;
  crashRate: { candidate: number | null; baseline: number | null };
}

/** Exposure over time per ring, and the share of devices crashing per bucket: offered the release vs not. */
export async function deploymentSeries(sql: Sql, { row, state }: LoadedDeployment, now: Date): Promise<{ bucketSec: number; points: SeriesPoint[] }> {
  const start = new Date(row.created_at);
  const spanSec = Math.max(1, (now.getTime() - start.getTime()) / 1000);
  const bucketSec = Math.max(MIN_BUCKET_SEC, Math.ceil(spanSec / TARGET_POINTS));
  const buckets = Math.ceil(spanSec / bucketSec);
  // Every query binds the bucket origin as $1 and the bucket width as $2.
  const bucketOf = (column: string) => `floor(extract(epoch FROM ${column} - $1::timestamptz) / $2)::int`;
  const [exposures, crashes, ringSizes] = await Promise.all([
    sql.query<{ b: number; ring: string; n: number }>(
      `SELECT ${bucketOf("exposed_at")} AS b, ring, count(*)::int AS n FROM exposures WHERE deployment_id = $3 GROUP BY 1, 2`,
      [start.toISOString(), bucketSec, row.id],
    ),
    sql.query<{ b: number; candidate: number; baseline: number }>(
      `SELECT ${bucketOf("ev.ts")} AS b,
              count(DISTINCT ev.device_id) FILTER (WHERE e.device_id IS NOT NULL)::int AS candidate,
              count(DISTINCT ev.device_id) FILTER (WHERE e.device_id IS NULL)::int AS baseline
       FROM events ev
       LEFT JOIN exposures e ON e.release_id = $3 AND e.device_id = ev.device_id AND e.exposed_at <= ev.ts
       WHERE ev.type = 'crash' AND ev.ts >= $1::timestamptz AND (ev.payload ->> 'kind') IN (${DEVICE_CRASH_KINDS_SQL})
       GROUP BY 1`,
      [start.toISOString(), bucketSec, row.release_id],
    ),
    Promise.all(state.stages.map((s) => ringDeviceCount(sql, s.ring))),
  ]);
  const fleet = ringSizes.reduce((sum, n) => sum + n, 0);
  const cumulative: Record<string, number> = Object.fromEntries(state.stages.map((s) => [s.ring, 0]));
  const points: SeriesPoint[] = [];
  for (let b = 0; b < buckets; b++) {
    for (const e of exposures.filter((x) => x.b === b)) cumulative[e.ring] = (cumulative[e.ring] ?? 0) + e.n;
    const exposedTotal = Object.values(cumulative).reduce((sum, n) => sum + n, 0);
    const crash = crashes.find((x) => x.b === b);
    const unexposed = fleet - exposedTotal;
    points.push({
      t: new Date(start.getTime() + b * bucketSec * 1000).toISOString(),
      exposed: { ...cumulative },
      crashRate: {
        candidate: exposedTotal > 0 ? (crash?.candidate ?? 0) / exposedTotal : null,
        baseline: unexposed > 0 ? (crash?.baseline ?? 0) / unexposed : null,
      },
    });
  }
  return { bucketSec, points };
}
