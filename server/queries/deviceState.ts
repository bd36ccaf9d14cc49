import { DEFAULT_INTERVAL_SEC, DEVICE_CRASH_KINDS, SILENT_AFTER_MISSED_INTERVALS } from "../../core/devices/state";

/**
 * SQL twin of core/devices/state.ts `deviceState`, so lists can filter by state in the database.
 * `nowParam` is a timestamptz parameter. Kept in step by a test that compares both on real rows.
 */
/** The device crash kinds as a SQL list, for `kind IN (...)`. */
export const DEVICE_CRASH_KINDS_SQL = DEVICE_CRASH_KINDS.map((k) => `'${k}'`).join(", ");

export function deviceStateExpression(nowParam: string, alias = "d"): string {
  const crashKinds = DEVICE_CRASH_KINDS_SQL;
  return `CASE
    WHEN ${alias}.boot_loop_at IS NOT NULL THEN 'boot_loop'
    WHEN ${alias}.last_crash_at IS NOT NULL AND ${alias}.last_crash_kind IN (${crashKinds})
      AND (${alias}.last_heartbeat_at IS NULL OR ${alias}.last_heartbeat_at <= ${alias}.last_crash_at) THEN 'crashed'
    WHEN COALESCE(${alias}.last_heartbeat_at, ${alias}.last_seen_at)
      < ${nowParam}::timestamptz - make_interval(secs => ${SILENT_AFTER_MISSED_INTERVALS} * COALESCE(${alias}.interval_sec, ${DEFAULT_INTERVAL_SEC})) THEN 'silent'
    ELSE 'healthy' END`;
}
