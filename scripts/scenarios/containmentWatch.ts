/**
 * Reads what containment scenarios are judged on, every few watch polls: the deployment's holds, the
 * latest stop's reach, and the recovery of the anomaly with the most affected devices.
 */
import type { AnomalyView } from "../../schemas/anomalies";
import type { HoldView, ReachView, RecoveryView } from "../../schemas/containment";
import type { RingwatchClient } from "./ringwatchClient";
import type { ScenarioGoals } from "./scenario";

/** Containment reads are heavier than the deployment's: one in this many watch polls. */
export const CONTAINMENT_POLL_EVERY = 3;

export const hasContainmentGoals = (goals: ScenarioGoals) => goals.hold !== undefined || goals.completes === true || goals.recovers === true;

export class ContainmentWatch {
  holds: HoldView[] = [];
  stopReach: ReachView | null = null;
  recovery: RecoveryView | null = null;
  private polls = 0;

  constructor(
    private readonly client: RingwatchClient,
    private readonly deploymentId: string,
    private readonly goals: ScenarioGoals,
    private readonly noteError: (error: unknown) => void,
  ) {}

  /** Reads now when `force`, else on every CONTAINMENT_POLL_EVERY-th call. */
  async poll(anomalies: readonly AnomalyView[], force = false): Promise<void> {
    if (!hasContainmentGoals(this.goals) || (!force && this.polls++ % CONTAINMENT_POLL_EVERY !== 0)) return;
    try {
      this.holds = await this.client.holds(this.deploymentId);
      if (!this.goals.recovers) return;
      this.stopReach = await this.client.reach(this.deploymentId);
      const recoveries = await Promise.all(anomalies.map((a) => this.client.recovery(a.id)));
      this.recovery = recoveries.sort((x, y) => y.affected - x.affected)[0] ?? null;
    } catch (error) {
      this.noteError(error);
    }
  }
}
