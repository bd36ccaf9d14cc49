/** What the fleet itself saw of the rollout: which devices were offered the release, from which ring, when. */
import type { ManifestAnswer } from "../fleet/manifestAgent";
import type { DeviceProfile } from "../fleet/simulator";
import type { ManifestAnswerRecord } from "./reachedRings";

export interface ExposureSummary {
  /** Wall-clock time of the first manifest answer that offered the release (null: never offered). */
  firstExposureAt: number | null;
  /** Offered devices by the ring they are pinned to. */
  offeredByRing: Record<string, number>;
  /** Answers whose ring differs from the device's pin (the app had not applied the pin yet). */
  ringMismatches: number;
  answers: number;
  /** Failed manifest checks by reason (timeouts, refused connections, HTTP errors). */
  failures: Record<string, number>;
  /** How long manifest answers took: slow answers delay exposure, and with it every timing here. */
  answerLatencyMs: { p50: number; p95: number; max: number } | null;
}

/** A short reason: the error's name and message, with the cause of a failed fetch (ECONNRESET...). */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 120);
  const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : "";
  return `${error.name}: ${error.message}${cause}`.slice(0, 160);
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export class ExposureLog {
  private readonly offered = new Map<string, string>();
  private firstExposureAt: number | null = null;
  private ringMismatches = 0;
  private answers = 0;
  private readonly latencies: number[] = [];
  private readonly failures: Record<string, number> = {};
  /** Every answer, for the reached-rings check at the end (kept out of the report: there are thousands). */
  readonly answerRecords: ManifestAnswerRecord[] = [];

  constructor(
    private readonly component: string,
    private readonly version: string,
  ) {}

  record(device: DeviceProfile, answer: ManifestAnswer, receivedAtMs: number, askedAtMs = receivedAtMs): void {
    this.answers += 1;
    this.latencies.push(receivedAtMs - askedAtMs);
    this.answerRecords.push({
      deviceId: device.deviceId,
      trueRing: device.ring ?? null,
      askedAt: askedAtMs,
      receivedAt: receivedAtMs,
      answeredRing: answer.ring ?? null,
      versions: { ...answer.versions },
    });
    if (device.ring && answer.ring && answer.ring !== device.ring) this.ringMismatches += 1;
    if (answer.versions?.[this.component] !== this.version || this.offered.has(device.deviceId)) return;
    this.offered.set(device.deviceId, device.ring ?? answer.ring ?? "unknown");
    this.firstExposureAt = this.firstExposureAt === null ? receivedAtMs : Math.min(this.firstExposureAt, receivedAtMs);
  }

  recordFailure(error: unknown): void {
    const reason = failureReason(error);
    this.failures[reason] = (this.failures[reason] ?? 0) + 1;
  }

  summary(): ExposureSummary {
    const offeredByRing: Record<string, number> = {};
    for (const ring of this.offered.values()) offeredByRing[ring] = (offeredByRing[ring] ?? 0) + 1;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const answerLatencyMs = sorted.length === 0 ? null : { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
    return {
      firstExposureAt: this.firstExposureAt,
      offeredByRing,
      ringMismatches: this.ringMismatches,
      answers: this.answers,
      failures: { ...this.failures },
      answerLatencyMs,
    };
  }
}
