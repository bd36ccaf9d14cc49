import type { AnomalyKind, Severity, Suspect } from "../../schemas/anomalies";
import { compareToBaseline, type Comparison } from "./compare";
import type { Profile } from "./profiles";
import { gradeSeverity } from "./severity";
import type { Signal } from "./signals";
import { rankSuspects } from "./suspects";

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
  /** When the first exposed device showed each signal (for detection lag). */
  firstSignalAt: Partial<Record<Signal, Date | null>>;
}

export interface Finding {
  kind: AnomalyKind;
  severity: Severity;
  deploymentId: string;
  component: string;
  version: string;
  ring: string;
  summary: string;
  comparison: Comparison;
  windowStart: Date;
  firstSignalAt: Date | null;
  suspects: Suspect[];
}

/** Every anomaly the slice shows right now (at most one per kind). */
export function detectSlice(input: SliceInput): Finding[] {
  const findings: Finding[] = [];
  for (const kind of Object.keys(KIND_SIGNAL) as AnomalyKind[]) {
    const signal = KIND_SIGNAL[kind];
    const comparison = compareToBaseline(input.candidate, input.baseline, signal);
    const severity = gradeSeverity(comparison);
    if (!severity) continue;
    const suspects = rankSuspects(input.candidate, signal);
    findings.push({
      kind,
      severity,
      deploymentId: input.deploymentId,
      component: input.component,
      version: input.version,
      ring: input.ring,
      summary: summarize(kind, input, comparison, suspects[0]),
      comparison,
      windowStart: input.windowStart,
      firstSignalAt: input.firstSignalAt[signal] ?? null,
      suspects,
    });
  }
  return findings;
}

const percent = (rate: number) => `${(rate * 100).toFixed(rate < 0.1 ? 1 : 0)}%`;

function summarize(kind: AnomalyKind, input: SliceInput, c: Comparison, top: Suspect | undefined): string {
  const expectedRate = c.exposed > 0 ? c.expectedAffected / c.exposed : 0;
  const basis = c.adjustedFor === "prior" ? "assumed without a baseline" : c.adjustedFor ? `expected from the baseline by ${c.adjustedFor}` : "in the baseline";
  const suspect = top ? `; top suspect ${top.dimension}=${top.value} (${percent(top.share)} of affected, ${percent(top.exposedShare)} of exposed)` : "";
  return `${KIND_LABEL[kind]} in ${input.ring} after ${input.component} ${input.version}: ${c.affected} of ${c.exposed} exposed devices (${percent(c.affectedRate)}) vs ${percent(expectedRate)} ${basis}${suspect}.`;
}
