import type { AnomalyKind, AnomalyStatus, EvidencePoint, Severity } from "../../schemas/anomalies";
import type { Finding } from "./detect";
import { higherSeverity, severityRank } from "./severity";

/** An anomaly resolves by itself after its signal has been absent this long (RINGWATCH_ANOMALY_HEALTHY_SEC). */
export const DEFAULT_HEALTHY_PERIOD_SEC = 600;
/** Evidence history: one point per change or per minute, the newest ones kept. */
export const MAX_HISTORY_POINTS = 360;
const HISTORY_SPACING_MS = 60_000;

export interface TrackedAnomaly {
  id: string;
  kind: AnomalyKind;
  deploymentId: string;
  ring: string;
  severity: Severity;
  status: AnomalyStatus;
  lastFiringAt: Date;
  /** Set for anomalies a person resolved: the slice stays quiet for a healthy period unless it gets worse or is critical. */
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

export interface Reconciliation {
  opened: Finding[];
  updated: { id: string; finding: Finding; severity: Severity }[];
  /** Resolved by a person within the healthy period, and back: the same anomaly opens again. */
  reopened: { id: string; finding: Finding; severity: Severity }[];
  resolved: string[];
}

export const sliceKey = (s: { kind: AnomalyKind; deploymentId: string; ring: string }) => `${s.kind}|${s.deploymentId}|${s.ring}`;

/**
 * Turns this tick's findings into changes: one open anomaly per kind x deployment x ring, updated
 * while the signal lasts (severity only goes up), resolved once it has been healthy for a while.
 * A person's resolve quiets a weaker signal for the healthy period, but a critical one, or one
 * that got worse, reopens that same anomaly: resolving is not a way to lift a no_go that still holds.
 */
export function reconcile(input: {
  live: readonly TrackedAnomaly[];
  recentlyResolved: readonly TrackedAnomaly[];
  findings: readonly Finding[];
  now: Date;
  healthyPeriodSec: number;
}): Reconciliation {
  const live = new Map(input.live.map((a) => [sliceKey(a), a]));
  const silencedUntil = new Map<string, TrackedAnomaly>();
  for (const a of input.recentlyResolved) {
    if (a.resolvedBy !== "system" && a.resolvedAt && input.now.getTime() - a.resolvedAt.getTime() < input.healthyPeriodSec * 1000)
      silencedUntil.set(sliceKey(a), a);
  }
  const result: Reconciliation = { opened: [], updated: [], reopened: [], resolved: [] };
  const firing = new Set<string>();
  for (const finding of input.findings) {
    const key = sliceKey(finding);
    const existing = live.get(key);
    // An open anomaly keeps firing on one look's evidence; opening or escalating spends the bake's budget.
    if (existing) {
      firing.add(key);
      result.updated.push({ id: existing.id, finding, severity: higherSeverity(existing.severity, finding.openingSeverity ?? existing.severity) });
      continue;
    }
    const silenced = silencedUntil.get(key);
    if (silenced) {
      // Judged on one look, like an open anomaly: its evidence already opened it once.
      const worse = finding.openingSeverity !== null && severityRank(finding.openingSeverity) > severityRank(silenced.severity);
      if (finding.severity === "critical" || worse) {
        firing.add(key);
        result.reopened.push({ id: silenced.id, finding, severity: higherSeverity(silenced.severity, finding.openingSeverity ?? finding.severity) });
      }
      continue;
    }
    const opening = finding.openingSeverity;
    if (!opening) continue;
    result.opened.push({ ...finding, severity: opening });
  }
  for (const [key, anomaly] of live) {
    if (!firing.has(key) && input.now.getTime() - anomaly.lastFiringAt.getTime() >= input.healthyPeriodSec * 1000) result.resolved.push(anomaly.id);
  }
  return result;
}

/** Adds a point when the picture changed or a minute passed, keeping the newest MAX_HISTORY_POINTS. */
export function appendHistory(history: readonly EvidencePoint[], point: EvidencePoint): EvidencePoint[] {
  const last = history.at(-1);
  const changed = !last || last.affected !== point.affected || last.exposed !== point.exposed;
  const due = !last || Date.parse(point.at) - Date.parse(last.at) >= HISTORY_SPACING_MS;
  if (!changed && !due) return [...history];
  return [...history, point].slice(-MAX_HISTORY_POINTS);
}
