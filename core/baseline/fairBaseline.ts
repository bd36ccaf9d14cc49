/**
 * The one fair baseline, for detection, the gate and the pages alike: the devices of the rings the
 * deployment has not reached yet, not on the release's version, alive when the window opened, judged
 * over the same window. Never the unexposed devices of a reached ring: within a ring that is being
 * offered the release, "not exposed" means "did not fetch the manifest", which sick and silent
 * machines select themselves into. When every ring has been reached there is no concurrent baseline,
 * and everyone who uses it says so instead of comparing with what is left over.
 */

/** Below this many devices a baseline says nothing; detection falls back to an assumed rate and says so. */
export const MIN_BASELINE_DEVICES = 10;

export interface FairBaseline {
  /** Rings whose devices form the baseline, in ring order. */
  rings: string[];
  component: string;
  /** The release's version: baseline devices must not run it. */
  excludedVersion: string;
  /** The version most of the fleet runs instead, for naming the basis; null when unknown. */
  previousVersion: string | null;
  windowStart: Date;
}

export interface BaselineStage {
  ring: string;
  startedAt: Date | null;
}

/** The baseline for a deployment whose stages stand as given, over a window opening at `windowStart`. */
export function fairBaseline(input: {
  /** Every ring in ring order. */
  rings: readonly string[];
  stages: readonly BaselineStage[];
  component: string;
  version: string;
  previousVersion: string | null;
  windowStart: Date;
}): FairBaseline {
  const reached = new Set(input.stages.filter((s) => s.startedAt !== null).map((s) => s.ring));
  return {
    rings: input.rings.filter((ring) => !reached.has(ring)),
    component: input.component,
    excludedVersion: input.version,
    previousVersion: input.previousVersion,
    windowStart: input.windowStart,
  };
}

export const hasBaselineRings = (baseline: FairBaseline) => baseline.rings.length > 0;
export const isUsableBaseline = (devices: number) => devices >= MIN_BASELINE_DEVICES;

const list = (rings: readonly string[]) => (rings.length <= 3 ? rings.join(", ") : `${rings.slice(0, 3).join(", ")} and ${rings.length - 3} more`);

/** The basis in words, e.g. "rings not yet offered 2.0 (early, broad) on 1.0, same window". */
export function describeBaseline(baseline: FairBaseline, devices?: number): string {
  if (!hasBaselineRings(baseline)) return `no fair baseline: every ring has been offered ${baseline.component} ${baseline.excludedVersion}`;
  const on = baseline.previousVersion ? ` on ${baseline.previousVersion}` : "";
  const basis = `rings not yet offered ${baseline.excludedVersion} (${list(baseline.rings)})${on}, same window`;
  if (devices === undefined) return basis;
  if (!isUsableBaseline(devices)) return `no usable baseline: ${devices} device${devices === 1 ? "" : "s"} in ${basis}, need ${MIN_BASELINE_DEVICES}`;
  return `${basis}: ${devices.toLocaleString("en-US")} devices`;
}
