/** What the fleet itself saw of the rollout: which devices were offered the release, from which ring, when. */
import type { ManifestAnswer } from "../fleet/manifestAgent";
import type { DeviceProfile } from "../fleet/simulator";

export interface ExposureSummary {
  /** Wall-clock time of the first manifest answer that offered the release (null: never offered). */
  firstExposureAt: number | null;
  /** Offered devices by the ring they are pinned to. */
  offeredByRing: Record<string, number>;
  /** Answers whose ring differs from the device's pin (the app had not applied the pin yet). */
  ringMismatches: number;
  answers: number;
}

export class ExposureLog {
  private readonly offered = new Map<string, string>();
  private firstExposureAt: number | null = null;
  private ringMismatches = 0;
  private answers = 0;

  constructor(private readonly component: string, private readonly version: string) {}

  record(device: DeviceProfile, answer: ManifestAnswer, receivedAtMs: number): void {
    this.answers += 1;
    if (device.ring && answer.ring && answer.ring !== device.ring) this.ringMismatches += 1;
    if (answer.versions?.[this.component] !== this.version || this.offered.has(device.deviceId)) return;
    this.offered.set(device.deviceId, device.ring ?? answer.ring ?? "unknown");
    this.firstExposureAt = this.firstExposureAt === null ? receivedAtMs : Math.min(this.firstExposureAt, receivedAtMs);
  }

  summary(): ExposureSummary {
    const offeredByRing: Record<string, number> = {};
    for (const ring of this.offered.values()) offeredByRing[ring] = (offeredByRing[ring] ?? 0) + 1;
    return { firstExposureAt: this.firstExposureAt, offeredByRing, ringMismatches: this.ringMismatches, answers: this.answers };
  }
}
