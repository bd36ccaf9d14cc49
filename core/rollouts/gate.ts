import { isUsableBaseline } from "../baseline/fairBaseline";
import { wilsonInterval, type Proportion } from "../stats/wilson";

export type GateDecision = "go" | "wait" | "no_go";

/** Share of exposed devices that must have reported since exposure before a ring can pass. */
export const MIN_REPORTING_SHARE = 0.5;
/** Below this many reporting devices, crash rates say nothing; the gate waits for more. */
export const MIN_REPORTING_DEVICES = 5;

export interface CohortHealth {
  /** Devices with a heartbeat since exposure (candidate) or since the stage started (baseline). */
  reporting: number;
  /** Of those, devices with a kernel/agent crash or boot loop in the same window. */
  crashed: number;
}

export interface GateInput {
  ring: string;
  bakeRemainingSec: number;
  ringDevices: number;
  exposed: number;
  candidate: CohortHealth;
  /** The fair baseline's devices (core/baseline), over the stage's window. */
  baseline: CohortHealth;
  /** The baseline's basis in words, quoted in the reasons. */
  baselineBasis: string;
  openCriticalAnomalies: number;
  /** Open warning or info anomalies nobody has acknowledged yet: a person looks before the next ring. */
  openUntriagedAnomalies: number;
}

export interface GateResult {
  decision: GateDecision;
  reasons: string[];
  candidateCrashFree: Proportion;
  baselineCrashFree: Proportion;
}

const pct = (value: number | null) => (value === null ? "n/a" : `${(value * 100).toFixed(2)}%`);
const crashFree = (c: CohortHealth) => wilsonInterval(c.reporting - c.crashed, c.reporting);
/** "95.45% (21 of 22)": a rate never travels without its denominator. */
const rateOf = (c: CohortHealth, p: Proportion) => `${pct(p.rate)} (${c.reporting - c.crashed} of ${c.reporting})`;

/** True when the candidate's crash-free interval lies entirely below the baseline's. */
function clearlyWorse(candidate: Proportion, baseline: Proportion): boolean {
  return candidate.high !== null && baseline.low !== null && candidate.high < baseline.low;
}

/** The crash-free verdict the gate and the pages share: a colour on a page follows this, never a fixed percentage. */
export type CrashFreeVerdict = "worse" | "no_clear_difference" | "no_baseline" | "not_enough_data";

export function crashFreeVerdict(candidate: CohortHealth, baseline: CohortHealth): CrashFreeVerdict {
  if (!isUsableBaseline(baseline.reporting)) return "no_baseline";
  if (candidate.reporting < MIN_REPORTING_DEVICES) return "not_enough_data";
  return clearlyWorse(crashFree(candidate), crashFree(baseline)) ? "worse" : "no_clear_difference";
}

export function decideGate(input: GateInput): GateResult {
  const candidateCrashFree = crashFree(input.candidate);
  const baselineCrashFree = crashFree(input.baseline);
  const noGo: string[] = [];
  const wait: string[] = [];
  if (input.openCriticalAnomalies > 0)
    noGo.push(`${input.openCriticalAnomalies} open critical anomal${input.openCriticalAnomalies === 1 ? "y" : "ies"} against this deployment.`);
  const verdict = crashFreeVerdict(input.candidate, input.baseline);
  const comparable = verdict !== "no_baseline";
  if (verdict === "worse") {
    noGo.push(
      `Crash-free ${rateOf(input.candidate, candidateCrashFree)}, 95% CI ${pct(candidateCrashFree.low)}–${pct(candidateCrashFree.high)}, is below the baseline's ${rateOf(input.baseline, baselineCrashFree)}, ${pct(baselineCrashFree.low)}–${pct(baselineCrashFree.high)} (${input.baselineBasis}).`,
    );
  }
  if (input.openUntriagedAnomalies > 0)
    wait.push(`${input.openUntriagedAnomalies} open anomal${input.openUntriagedAnomalies === 1 ? "y" : "ies"} not yet triaged: acknowledge or resolve first.`);
  if (input.bakeRemainingSec > 0) wait.push(`Bake time left in ${input.ring}: ${formatDuration(input.bakeRemainingSec)}.`);
  if (input.ringDevices > 0) {
    const needed = Math.min(input.exposed, Math.max(MIN_REPORTING_DEVICES, Math.ceil(input.exposed * MIN_REPORTING_SHARE)));
    if (input.exposed === 0) wait.push(`No device in ${input.ring} has been offered the release yet (${input.ringDevices} in the ring).`);
    else if (input.candidate.reporting < needed) {
      wait.push(`Only ${input.candidate.reporting} of ${input.exposed} exposed devices in ${input.ring} reported since exposure; need ${needed}.`);
    }
  }
  if (noGo.length > 0) return { decision: "no_go", reasons: [...noGo, ...wait], candidateCrashFree, baselineCrashFree };
  if (wait.length > 0) return { decision: "wait", reasons: wait, candidateCrashFree, baselineCrashFree };
  const comparison = comparable
    ? `Crash-free ${rateOf(input.candidate, candidateCrashFree)} vs ${rateOf(input.baseline, baselineCrashFree)} in the baseline (${input.baselineBasis}).`
    : `Crash-free ${rateOf(input.candidate, candidateCrashFree)}, not compared: ${input.baselineBasis}; detection judged this ring against assumed rates.`;
  const reasons = [
    input.ringDevices === 0
      ? `${input.ring} has no devices; nothing to wait for.`
      : `${input.candidate.reporting} of ${input.exposed} exposed devices reported since exposure.`,
    comparison,
    "Bake time done; no open anomalies.",
  ];
  return { decision: "go", reasons, candidateCrashFree, baselineCrashFree };
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
