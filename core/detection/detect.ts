import type { AnomalyKind, Severity, Suspect } from "../../schemas/anomalies";
import { compareSubgroups, compareToBaseline, type Comparison } from "./compare";
import type { Profile } from "./profiles";
import { gradeSeverity, MIN_AFFECTED, PER_LOOK, severityRank, thresholdsAtLook, type Thresholds } from "./severity";
import type { Signal } from "./signals";
import { rankSuspects, type RankedSuspect } from "./suspects";

export const KIND_SIGNAL: Readonly<Record<AnomalyKind, Signal>> = { crash_rate: "crashed", boot_loop: "bootLooping", heartbeat_loss: "silent" };
const KIND_LABEL: Readonly<Record<AnomalyKind, string>> = { crash_rate: "Crashes", boot_loop: "Boot loops", heartbeat_loss: "Devices gone silent" };

/** One ring of one deployment at one tick: the exposed devices and the fair baseline, as profiles. */
export interface SliceInput {
  deploymentId: string;
  component: string;
  version: string;
  ring: string;
  windowStart: Date;
  candidate: readonly Profile[];
  baseline: readonly Profile[];
  /** How the baseline was chosen, in words (core/baseline `describeBaseline`). */
  basis: string;
  /** When the first exposed device showed each signal (for detection lag). */
  firstSignalAt: Partial<Record<Signal, Date | null>>;
}

export interface Finding {
  kind: AnomalyKind;
  /** What this look shows judged alone: keeps an open anomaly firing while its signal lasts. */
  severity: Severity;
  /** What this look may open or escalate an anomaly at, within the bake's false-alarm budget; null: not yet. */
  openingSeverity: Severity | null;
  deploymentId: string;
  component: string;
  version: string;
  ring: string;
  summary: string;
  comparison: Comparison;
  /** How the baseline was chosen, in words. */
  basis: string;
  /** Set when the signal stands out only within one value of a dimension (e.g. one OS build). */
  subgroup: { dimension: string; value: string } | null;
  windowStart: Date;
  firstSignalAt: Date | null;
  suspects: Suspect[];
}

/**
 * Every anomaly the slice shows right now (at most one per kind). `look` counts the ticks since the
 * window start (core/detection/sequential.ts): later looks need more evidence to open an anomaly.
 */
export function detectSlice(input: SliceInput, look = 1): Finding[] {
  const findings: Finding[] = [];
  for (const kind of Object.keys(KIND_SIGNAL) as AnomalyKind[]) {
    const signal = KIND_SIGNAL[kind];
    const comparisons = compareSlice(input, signal);
    const verdict = strongestVerdict(comparisons, PER_LOOK);
    if (!verdict) continue;
    const { comparison, severity, subgroup } = verdict;
    const suspects = rankSuspects(input.candidate, signal);
    findings.push({
      kind,
      severity,
      openingSeverity: strongestVerdict(comparisons, thresholdsAtLook(look))?.severity ?? null,
      deploymentId: input.deploymentId,
      component: input.component,
      version: input.version,
      ring: input.ring,
      summary: summarize(kind, input, comparison, subgroup, suspects[0]),
      comparison,
      basis: input.basis,
      subgroup,
      windowStart: input.windowStart,
      firstSignalAt: input.firstSignalAt[signal] ?? null,
      suspects,
    });
  }
  return findings;
}

/** The whole ring against its baseline, and each subgroup against its own. */
function compareSlice(input: SliceInput, signal: Signal) {
  const pooled = input.candidate.length ? compareToBaseline(input.candidate, input.baseline, signal) : null;
  return { pooled, subgroups: compareSubgroups(input.candidate, input.baseline, signal, MIN_AFFECTED) };
}

/** The whole ring's verdict, unless one subgroup's is more severe (a release that breaks one build). */
function strongestVerdict({ pooled, subgroups }: ReturnType<typeof compareSlice>, thresholds: Thresholds) {
  const pooledSeverity = pooled && gradeSeverity(pooled, thresholds);
  let best = pooled && pooledSeverity ? { comparison: pooled, severity: pooledSeverity, subgroup: null as SliceSubgroup } : null;
  for (const sub of subgroups) {
    const severity = gradeSeverity(sub, thresholds);
    if (severity && (!best || severityRank(severity) > severityRank(best.severity))) best = { comparison: sub, severity, subgroup: sub.subgroup };
  }
  return best;
}
type SliceSubgroup = { dimension: string; value: string } | null;

const percent = (rate: number) => `${(rate * 100).toFixed(rate < 0.1 ? 1 : 0)}%`;

function summarize(kind: AnomalyKind, input: SliceInput, c: Comparison, subgroup: SliceSubgroup, top: RankedSuspect | undefined): string {
  const expectedRate = c.exposed > 0 ? c.expectedAffected / c.exposed : 0;
  const basis =
    c.adjustedFor === "prior" ? `assumed (${input.basis})` : c.adjustedFor ? `expected by ${c.adjustedFor} from ${input.basis}` : `in ${input.basis}`;
  const suspect = top
    ? `; top suspect ${top.dimension}=${top.value} (${top.affectedWith} of ${top.devicesWith} with it affected vs ${top.affectedWithout} of ${top.devicesWithout} without)`
    : "";
  const within = subgroup ? ` on ${subgroup.dimension}=${subgroup.value}` : "";
  return `${KIND_LABEL[kind]} in ${input.ring} after ${input.component} ${input.version}${within}: ${c.affected} of ${c.exposed} exposed devices (${percent(c.affectedRate)}) vs ${percent(expectedRate)} ${basis}${suspect}.`;
}
