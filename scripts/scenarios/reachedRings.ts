/**
 * The safety invariant the fleet checks from its own side: the release is offered only to devices
 * in rings the deployment had reached at that instant, and to no new device while it is paused or
 * halted. Truth about each device's ring comes from the fleet (its pin), never from the app's
 * answer. Pure: the answers and the deployment's timeline come in as arguments.
 */

/** One manifest answer as the fleet saw it; times are client-side epoch ms. */
export interface ManifestAnswerRecord {
  deviceId: string;
  /** The ring the device pins itself to in its heartbeats; null when it pins none (cannot be judged). */
  trueRing: string | null;
  askedAt: number;
  receivedAt: number;
  answeredRing: string | null;
  versions: Record<string, string>;
}

/** A span in which no new device may be offered the release (pause or halt until resume; open-ended: to: null). */
export interface HoldSpan {
  action: string;
  from: number;
  to: number | null;
}

export interface ReachTimeline {
  /** Per ring of the deployment, when its stage started (null: not yet). Rings not in the plan are never reached. */
  stageStartedAt: Record<string, number | null>;
  holds: HoldSpan[];
}

export type ViolationReason = "ring not reached" | "new device while held";

export interface OfferViolation {
  deviceId: string;
  trueRing: string;
  answeredRing: string | null;
  askedAt: number;
  receivedAt: number;
  reason: ViolationReason;
}

export interface ReachCheck {
  /** Answers that offered the release. */
  offers: number;
  violations: number;
  violatingDevices: number;
  /** Answers from devices without a pin: no independent truth, so not judged. */
  unjudged: number;
  /** The earliest few, for the report. */
  first: OfferViolation[];
  /** When the latest violating answer arrived: with the first, how long the app kept making them. */
  lastReceivedAt: number | null;
}

export const SHOWN_VIOLATIONS = 5;

const HOLDING = new Set(["deployment.pause", "deployment.halt"]);
const RELEASING = new Set(["deployment.resume"]);

/** Pause/halt spans from the deployment's audit trail, each closed by the next resume. */
export function holdSpans(audit: ReadonlyArray<{ at: string; action: string }>): HoldSpan[] {
  const spans: HoldSpan[] = [];
  const sorted = [...audit].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  for (const entry of sorted) {
    const open = spans.at(-1)?.to === null ? spans.at(-1) : undefined;
    if (HOLDING.has(entry.action) && !open) spans.push({ action: entry.action, from: Date.parse(entry.at), to: null });
    if (RELEASING.has(entry.action) && open) open.to = Date.parse(entry.at);
  }
  return spans;
}

export function reachTimeline(
  stages: ReadonlyArray<{ ring: string; startedAt?: string | null }>,
  audit: ReadonlyArray<{ at: string; action: string }>,
): ReachTimeline {
  const stageStartedAt = Object.fromEntries(stages.map((stage) => [stage.ring, stage.startedAt ? Date.parse(stage.startedAt) : null]));
  return { stageStartedAt, holds: holdSpans(audit) };
}

/**
 * In doubt, the app is given the benefit: an offer counts against the ring only if it was received
 * before the stage started, and against a hold only if it was asked for after the hold began.
 */
function reasonAgainst(answer: ManifestAnswerRecord & { trueRing: string }, timeline: ReachTimeline, firstOfferAskedAt: number): ViolationReason | null {
  const startedAt = timeline.stageStartedAt[answer.trueRing] ?? null;
  if (startedAt === null || startedAt > answer.receivedAt) return "ring not reached";
  // Exposed before the hold (its first offer asked for before it began), a device may keep its version.
  const held = timeline.holds.find((hold) => answer.askedAt >= hold.from && (hold.to === null || answer.askedAt < hold.to));
  if (held && firstOfferAskedAt >= held.from) return "new device while held";
  return null;
}

export function checkReachedRings(
  answers: readonly ManifestAnswerRecord[],
  release: { component: string; version: string },
  timeline: ReachTimeline,
): ReachCheck {
  const offering = answers.filter((a) => a.versions[release.component] === release.version).sort((x, y) => x.askedAt - y.askedAt);
  const firstOfferAskedAt = new Map<string, number>();
  for (const answer of offering) if (!firstOfferAskedAt.has(answer.deviceId)) firstOfferAskedAt.set(answer.deviceId, answer.askedAt);
  const violations: OfferViolation[] = [];
  let unjudged = 0;
  for (const answer of offering) {
    if (answer.trueRing === null) {
      unjudged += 1;
      continue;
    }
    const reason = reasonAgainst({ ...answer, trueRing: answer.trueRing }, timeline, firstOfferAskedAt.get(answer.deviceId) ?? answer.askedAt);
    if (reason)
      violations.push({
        deviceId: answer.deviceId,
        trueRing: answer.trueRing,
        answeredRing: answer.answeredRing,
        askedAt: answer.askedAt,
        receivedAt: answer.receivedAt,
        reason,
      });
  }
  return {
    offers: offering.length,
    violations: violations.length,
    violatingDevices: new Set(violations.map((v) => v.deviceId)).size,
    unjudged,
    first: violations.slice(0, SHOWN_VIOLATIONS),
    lastReceivedAt: violations.length === 0 ? null : Math.max(...violations.map((v) => v.receivedAt)),
  };
}

/** One violation in a line, times relative to `origin` (the first stage's start). */
export function describeViolation(violation: OfferViolation, origin: number): string {
  const at = (ms: number) => `${ms >= origin ? "+" : ""}${((ms - origin) / 1000).toFixed(2)} s`;
  return `${violation.deviceId} (pinned ${violation.trueRing}, answered as ${violation.answeredRing ?? "no ring"}) asked ${at(violation.askedAt)}, received ${at(violation.receivedAt)}: ${violation.reason}`;
}
