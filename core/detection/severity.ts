import type { Severity } from "../../schemas/anomalies";
import type { Comparison } from "./compare";
import { CRITICAL_BAKE_ALPHA, spend, WARNING_BAKE_ALPHA } from "./sequential";

/** Fewer affected devices than this is never an anomaly, however unlikely: one machine is an incident, not a release. */
export const MIN_AFFECTED = 3;
/** p-values for "overwhelming" and "convincing" evidence at one look; the ceiling of the spent thresholds below. */
export const STRONG_P = 1e-6;
export const MODERATE_P = 1e-3;

export interface Thresholds {
  strong: number;
  moderate: number;
}
/** One look judged alone: whether a signal that already raised an anomaly is still there. */
export const PER_LOOK: Thresholds = { strong: STRONG_P, moderate: MODERATE_P };

/**
 * What look n of a bake may open (or escalate) an anomaly at: its share of the per-bake budgets
 * (core/detection/sequential.ts), never looser than a single look's thresholds.
 */
export function thresholdsAtLook(look: number): Thresholds {
  const share = spend(look);
  return { strong: Math.min(STRONG_P, CRITICAL_BAKE_ALPHA * share), moderate: Math.min(MODERATE_P, WARNING_BAKE_ALPHA * share) };
}

/** Effect sizes: relative risk together with the absolute excess, so 3 vs 1 in 100,000 stays small. */
const EFFECTS = {
  large: { relativeRisk: 5, excess: 0.05 },
  medium: { relativeRisk: 2, excess: 0.02 },
  small: { relativeRisk: 1.5, excess: 0.01 },
} as const;
type Effect = keyof typeof EFFECTS | "none";

function effectOf(c: Comparison): Effect {
  const expectedRate = c.exposed > 0 ? c.expectedAffected / c.exposed : 0;
  const excess = c.affectedRate - expectedRate;
  const relativeRisk = c.relativeRisk ?? Number.POSITIVE_INFINITY;
  for (const effect of ["large", "medium", "small"] as const) {
    if (relativeRisk >= EFFECTS[effect].relativeRisk && excess >= EFFECTS[effect].excess) return effect;
  }
  return "none";
}

/** Severity from confidence and effect size together; null when it is not an anomaly. */
export function gradeSeverity(c: Comparison, thresholds: Thresholds = PER_LOOK): Severity | null {
  if (c.affected < MIN_AFFECTED) return null;
  const effect = effectOf(c);
  const strong = c.pValue < thresholds.strong;
  const moderate = c.pValue < thresholds.moderate;
  if (strong && effect === "large") return "critical";
  if ((strong && effect === "medium") || (moderate && effect === "large")) return "warning";
  if ((strong && effect === "small") || (moderate && effect === "medium")) return "info";
  return null;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };
export const severityRank = (severity: Severity) => RANK[severity];
export const higherSeverity = (a: Severity, b: Severity): Severity => (RANK[a] >= RANK[b] ? a : b);
