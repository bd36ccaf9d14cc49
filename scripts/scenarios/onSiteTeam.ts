/**
 * A team on site, working from Ringwatch's recovery list: it claims devices that are down and that
 * nothing can reach remotely (at their boot screen, offline), records the claim, puts the machine back
 * on the previous version and records the fix (with the disk's recovery key, now and then).
 */
import type { RecoveryView } from "../../schemas/containment";
import type { FleetSimulator } from "../fleet/simulator";
import { sleep } from "../fleet/timing";
import type { RingwatchClient } from "./ringwatchClient";
import type { OnSiteTeamPlan } from "./scenario";

export class OnSiteTeam {
  private readonly claimed = new Set<string>();
  private readonly working = new Set<Promise<void>>();
  private target: number | null = null;
  repaired = 0;
  readonly errors: string[] = [];

  constructor(
    private readonly plan: OnSiteTeamPlan,
    private readonly client: RingwatchClient,
    private readonly fleet: FleetSimulator,
    private readonly revert: { component: string; version: string },
    private readonly log: (line: string) => void,
  ) {}

  /** The machine as the technician finds it: looping at its boot screen, unreachable. */
  private isOffline(deviceId: string): boolean {
    const state = this.fleet.deviceState(deviceId);
    return state?.power === "silent" && state.fault.kind === "bootLoop" && state.fault.offline === true;
  }

  /** Called with each recovery reading; the team arrives `arrivesAfterSec` after the pause was seen. */
  work(recovery: RecoveryView | null, pausedSeenAt: number | null): void {
    if (!recovery || pausedSeenAt === null || Date.now() < pausedSeenAt + this.plan.arrivesAfterSec * 1000) return;
    if (this.target === null) {
      const offline = this.fleet.devices.filter((d) => this.isOffline(d.deviceId)).length;
      this.target = Math.round(offline * this.plan.share);
      this.log(`on-site team arrives: ${offline} devices unreachable, it will repair ${this.target}`);
    }
    const candidates = recovery.devices.filter((d) => d.state === "down" && !this.claimed.has(d.deviceId) && this.isOffline(d.deviceId));
    for (const device of candidates.slice(0, Math.max(0, this.target - this.claimed.size))) this.claim(device.deviceId);
  }

  get done(): boolean {
    return this.target !== null && this.claimed.size >= this.target && this.working.size === 0;
  }

  private claim(deviceId: string): void {
    this.claimed.add(deviceId);
    const keyNeeded = this.claimed.size % this.plan.recoveryKeyEvery === 0;
    const job = (async () => {
      await this.client.repair(deviceId, { status: "in_repair", note: "on site: looping at the boot screen" });
      await sleep(this.plan.repairSec * 1000);
      this.fleet.repair(deviceId, this.revert);
      await this.client.repair(deviceId, { status: "fixed", note: `booted into safe mode, back on ${this.revert.version}`, recoveryKeyUsed: keyNeeded });
      this.repaired += 1;
    })().catch((error: unknown) => void this.errors.push(error instanceof Error ? error.message : String(error)));
    this.working.add(job);
    void job.finally(() => this.working.delete(job));
  }

  /** Waits for repairs under way. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.working]);
  }
}
