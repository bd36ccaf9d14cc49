import type { Sql } from "../db/sql";
import type { LoadedDeployment } from "./deployments";
import { DEVICE_CRASH_KINDS_SQL } from "./deviceState";
import { currentRingRanges, ringExpression } from "./rings";

/** About this many points per chart, whatever the deployment's age. */
const TARGET_POINTS = 60;
const MIN_BUCKET_SEC = 30;

export interface SeriesPoint {
  t: string;
  exposed: Record<string, number>;
  /** Candidate: devices offered the release. Baseline: the fair baseline at that time (core/baseline), the rings not yet reached. */
  crashRate: { candidate: number | null; baseline: number | null };
  /** The counts behind crashRate, so a chart can say "1 of 22" rather than a bare "4.5%". */
  crashCounts: { candidate: CrashCount; baseline: CrashCount };
}

interface CrashCount {
  crashed: number;
  of: number;
}

const shareOf = ({ crashed, of }: CrashCount) => (of > 0 ? crashed / of : null);

/** Exposure over time per ring, and the share of devices crashing per bucket: offered the release vs the fair baseline. */
export async function deploymentSeries(sql: Sql, { row, state }: LoadedDeployment, now: Date): Promise<{ bucketSec: number; points: SeriesPoint[] }> {
  const start = new Date(row.created_at);
  const spanSec = Math.max(1, (now.getTime() - start.getTime()) / 1000);
  const bucketSec = Math.max(MIN_BUCKET_SEC, Math.ceil(spanSec / TARGET_POINTS));
  const buckets = Math.ceil(spanSec / bucketSec);
  const started = state.stages.filter((s) => s.startedAt !== null).map((s) => ({ ring: s.ring, at: s.startedAt! }));
  // Every query binds the bucket origin as $1 and the bucket width as $2.
  const bucketOf = (column: string) => `floor(extract(epoch FROM ${column} - $1::timestamptz) / $2)::int`;
  const params: unknown[] = [start.toISOString(), bucketSec, row.release_id, started.map((s) => s.ring), started.map((s) => s.at.toISOString())];
  const ranges = await currentRingRanges(sql);
  const ringSql = ringExpression(ranges, (value) => `$${params.push(value)}`);
  const sizeParams: unknown[] = [];
  const sizeRingSql = ringExpression(ranges, (value) => `$${sizeParams.push(value)}`);
  const [exposures, crashes, ringSizes] = await Promise.all([
    sql.query<{ b: number; ring: string; n: number }>(
      `SELECT ${bucketOf("exposed_at")} AS b, ring, count(*)::int AS n FROM exposures WHERE deployment_id = $3 GROUP BY 1, 2`,
      [start.toISOString(), bucketSec, row.id],
    ),
    sql.query<{ b: number; candidate: number; baseline: number }>(
      `SELECT ${bucketOf("ev.ts")} AS b,
              count(DISTINCT ev.device_id) FILTER (WHERE e.device_id IS NOT NULL)::int AS candidate,
              count(DISTINCT ev.device_id) FILTER (WHERE e.device_id IS NULL AND NOT EXISTS (
                SELECT 1 FROM unnest($4::text[], $5::timestamptz[]) AS s(ring, started_at) WHERE s.ring = ${ringSql} AND s.started_at <= ev.ts))::int AS baseline
       FROM events ev
       JOIN devices d ON d.device_id = ev.device_id
       LEFT JOIN exposures e ON e.release_id = $3 AND e.device_id = ev.device_id AND e.exposed_at <= ev.ts
       WHERE ev.type = 'crash' AND ev.ts >= $1::timestamptz AND (ev.payload ->> 'kind') IN (${DEVICE_CRASH_KINDS_SQL})
       GROUP BY 1`,
      params,
    ),
    sql.query<{ ring: string | null; n: number }>(`SELECT ${sizeRingSql} AS ring, count(*)::int AS n FROM devices d GROUP BY 1`, sizeParams),
  ]);
  const cumulative: Record<string, number> = Object.fromEntries(state.stages.map((s) => [s.ring, 0]));
  const points: SeriesPoint[] = [];
  for (let b = 0; b < buckets; b++) {
    const t = new Date(start.getTime() + b * bucketSec * 1000);
    for (const e of exposures.filter((x) => x.b === b)) cumulative[e.ring] = (cumulative[e.ring] ?? 0) + e.n;
    const exposedTotal = Object.values(cumulative).reduce((sum, n) => sum + n, 0);
    const crash = crashes.find((x) => x.b === b);
    const unreached = ringSizes.filter((r) => r.ring !== null && !started.some((s) => s.ring === r.ring && s.at <= t)).reduce((sum, r) => sum + r.n, 0);
    const candidate = { crashed: crash?.candidate ?? 0, of: exposedTotal };
    const baseline = { crashed: crash?.baseline ?? 0, of: unreached };
    points.push({
      t: t.toISOString(),
      exposed: { ...cumulative },
      crashRate: { candidate: shareOf(candidate), baseline: shareOf(baseline) },
      crashCounts: { candidate, baseline },
    });
  }
  return { bucketSec, points };
}
