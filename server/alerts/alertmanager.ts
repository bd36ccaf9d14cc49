/**
 * Pushes anomalies to Prometheus Alertmanager (API v2). The push is state-based, not an event
 * queue: every pass sends all live anomalies and those resolved since the target's last success,
 * so a restart of either side, or an Alertmanager down for an hour, loses nothing. A target is
 * pushed at once when that state changes, every `resendSec` otherwise, and with backoff after errors.
 */
import { alertmanagerAlerts, alertStateKey, type AlertmanagerAnomaly } from "../../core/alerts/alertmanager";
import type { AlertmanagerTargetStatus } from "../../schemas/alertmanager";
import type { Database } from "../db/database";
import type { Sql } from "../db/sql";
import { ANOMALY_COLUMNS, type AnomalyRow } from "../queries/anomalyRows";
import type { AlertmanagerConfig, AlertmanagerTarget } from "./alertmanagerConfig";
import { factsOfRow } from "./facts";
import { appConfig } from "../config";
import { publicUrl, type PublicUrlSettings } from "./formats/links";
import { postOnce } from "./send";

const STATE_KEY = "alertmanager.targets";
/** Resolved anomalies are re-sent from a little before the last success: at least once, never "maybe". */
const RESOLVED_OVERLAP_MS = 5 * 60_000;
/** How far back a target that never succeeded hears about resolved anomalies. */
const RESOLVED_LOOKBACK_MS = 24 * 3_600_000;
const MAX_BACKOFF_SEC = 60;

type TargetStates = Record<string, AlertmanagerTargetStatus>;

export const emptyTargetStatus = (target: AlertmanagerTarget): AlertmanagerTargetStatus => ({
  url: target.label,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  lastStatusCode: null,
  consecutiveFailures: 0,
  firing: 0,
});

export async function loadTargetStates(sql: Sql): Promise<TargetStates> {
  const [row] = await sql.query<{ value: string }>("SELECT value FROM app_settings WHERE key = $1", [STATE_KEY]);
  return row ? (JSON.parse(row.value) as TargetStates) : {};
}

async function saveTargetStates(sql: Sql, states: TargetStates): Promise<void> {
  await sql.query("INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [
    STATE_KEY,
    JSON.stringify(states),
  ]);
}

function toAlertmanagerAnomaly(row: AnomalyRow): AlertmanagerAnomaly {
  return {
    ...factsOfRow(row, row.status),
    detectedAt: new Date(row.detected_at),
    acknowledgedBy: row.acknowledged_by,
    resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
  };
}

/** Live anomalies, and those resolved at or after `resolvedSince`. */
export async function anomaliesToPush(sql: Sql, resolvedSince: Date): Promise<AlertmanagerAnomaly[]> {
  const rows = await sql.query<AnomalyRow>(
    `SELECT ${ANOMALY_COLUMNS} FROM anomalies a WHERE a.status IN ('open', 'acknowledged') OR a.resolved_at >= $1 ORDER BY a.detected_at, a.id`,
    [resolvedSince.toISOString()],
  );
  return rows.map(toAlertmanagerAnomaly);
}

function resolvedSince(states: TargetStates, config: AlertmanagerConfig, now: Date): Date {
  const floor = now.getTime() - RESOLVED_LOOKBACK_MS;
  const successes = config.targets.map((t) => states[t.label]?.lastSuccessAt);
  const oldest = successes.some((s) => !s) ? floor : Math.min(...successes.map((s) => Date.parse(s!)));
  return new Date(Math.max(floor, oldest - RESOLVED_OVERLAP_MS));
}

/** In-process memory of what each target was last sent and when it is due again. */
export class AlertmanagerPusher {
  private readonly sentKey = new Map<string, string>();
  private readonly dueAt = new Map<string, number>();

  constructor(
    private readonly config: AlertmanagerConfig,
    private readonly settings: PublicUrlSettings = appConfig(),
  ) {}

  /** One pass; returns how many targets were pushed and how many of those failed. */
  async pass(db: Database, now = new Date()): Promise<{ pushed: number; failed: number }> {
    const states = await loadTargetStates(db.sql);
    const anomalies = await anomaliesToPush(db.sql, resolvedSince(states, this.config, now));
    const key = alertStateKey(anomalies);
    const due = this.config.targets.filter((target) => this.isDue(target, states[target.label], key, now));
    if (due.length === 0) return { pushed: 0, failed: 0 };
    const alerts = alertmanagerAlerts(anomalies, {
      now,
      baseUrl: publicUrl(this.settings),
      holdSec: this.config.holdSec,
      extraLabels: this.config.extraLabels,
    });
    const body = JSON.stringify(alerts);
    const firing = anomalies.filter((a) => a.status !== "resolved").length;
    const results = await Promise.all(due.map((target) => this.push(target, states[target.label] ?? emptyTargetStatus(target), body, key, firing, now)));
    // Re-read nothing: this pass is the only writer (leader lock), so its view is the latest.
    for (const status of results) states[status.url] = status;
    await saveTargetStates(db.sql, states);
    return { pushed: results.length, failed: results.filter((s) => s.consecutiveFailures > 0).length };
  }

  private isDue(target: AlertmanagerTarget, status: AlertmanagerTargetStatus | undefined, key: string, now: Date): boolean {
    const dueAt = this.dueAt.get(target.label) ?? 0;
    if (status && status.consecutiveFailures > 0) return now.getTime() >= dueAt;
    return now.getTime() >= dueAt || this.sentKey.get(target.label) !== key;
  }

  private async push(
    target: AlertmanagerTarget,
    previous: AlertmanagerTargetStatus,
    body: string,
    key: string,
    firing: number,
    now: Date,
  ): Promise<AlertmanagerTargetStatus> {
    const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Ringwatch-Alertmanager/1" };
    if (target.authorization) headers.authorization = target.authorization;
    let error: string | null = null;
    let statusCode: number | null = null;
    try {
      const answer = await postOnce(new URL(target.pushUrl), { headers, body }, true);
      statusCode = answer.statusCode;
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}: ${answer.snippet.slice(0, 200)}`;
    } catch (failure) {
      error = (failure as Error).message || String(failure);
    }
    const failures = error ? previous.consecutiveFailures + 1 : 0;
    const waitSec = error ? Math.min(MAX_BACKOFF_SEC, this.config.resendSec, 2 ** (failures - 1)) : this.config.resendSec;
    this.dueAt.set(target.label, now.getTime() + waitSec * 1000);
    if (error) console.error(`[alertmanager] push to ${target.label} failed (${failures} in a row): ${error}`);
    else this.sentKey.set(target.label, key);
    return {
      url: target.label,
      lastAttemptAt: now.toISOString(),
      lastSuccessAt: error ? previous.lastSuccessAt : now.toISOString(),
      lastError: error,
      lastStatusCode: statusCode,
      consecutiveFailures: failures,
      firing: error ? previous.firing : firing,
    };
  }
}
