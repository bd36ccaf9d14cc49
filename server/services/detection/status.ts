import type { DetectionStatus } from "../../../schemas/anomalies";
import type { ServiceContext } from "../context";

const LAST_TICK_KEY = "detection.last_tick";
const LAG_WINDOW_HOURS = 24;

export interface TickRecord {
  at: string;
  durationMs: number;
  evaluated: number;
  intervalSec: number;
}

/** Kept in the database so the app can show it even when the worker runs in another process; the tick is at ctx.now. */
export async function saveTickRecord(ctx: ServiceContext, tick: Omit<TickRecord, "at">): Promise<void> {
  const record: TickRecord = { at: ctx.now.toISOString(), ...tick };
  await ctx.db.sql.query("INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [
    LAST_TICK_KEY,
    JSON.stringify(record),
  ]);
}

export async function detectionStatus(ctx: ServiceContext, intervalSec: number): Promise<DetectionStatus> {
  const {
    now,
    db: { sql },
  } = ctx;
  const [[setting], [lag]] = await Promise.all([
    sql.query<{ value: string }>("SELECT value FROM app_settings WHERE key = $1", [LAST_TICK_KEY]),
    sql.query<{ p50: number | null; max: number | null; samples: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag) AS p50, max(lag) AS max, count(*)::int AS samples
       FROM (SELECT EXTRACT(EPOCH FROM detected_at - first_signal_at)::float8 AS lag FROM anomalies
             WHERE first_signal_at IS NOT NULL AND detected_at >= $1::timestamptz - make_interval(hours => ${LAG_WINDOW_HOURS})) lags`,
      [now.toISOString()],
    ),
  ]);
  const tick = setting ? (JSON.parse(setting.value) as TickRecord) : null;
  return {
    intervalSec: tick?.intervalSec ?? intervalSec,
    lastTickAt: tick?.at ?? null,
    lastTickDurationMs: tick?.durationMs ?? null,
    evaluated: tick?.evaluated ?? 0,
    lagSec: { p50: lag.p50 === null ? null : Math.max(0, Number(lag.p50)), max: lag.max === null ? null : Math.max(0, Number(lag.max)), samples: lag.samples },
  };
}
