/**
 * The agents' manifest checks during a scenario: none in the warm-up (nothing to offer yet, and no
 * pin cached before the app knows it), then every few heartbeats counted from each device's first
 * heartbeat after the rollout started, none again once it ends. Counting from the device's own
 * tick would make a device wait up to a whole check cycle for its first offer, depending on where
 * the warm-up happened to leave it: under load, that shifted exposure late into the canary's bake.
 */
import type { DeviceTickHook } from "../fleet/api";
import type { ManifestAgent } from "../fleet/manifestAgent";
import { settlesWithin } from "../fleet/timing";

export class ManifestChecks {
  private on = false;
  /** Per device, its tick at its first heartbeat after start(). */
  private readonly firstTick = new Map<string, number>();

  constructor(private readonly agent: ManifestAgent) {}

  start(): void {
    this.on = true;
  }

  /** No new checks; the ones under way finish (within `timeoutMs`), so both offer counts cover the same checks. */
  async stop(timeoutMs: number): Promise<void> {
    this.on = false;
    await settlesWithin(this.agent.idle(), timeoutMs);
  }

  readonly onTick: DeviceTickHook = (context) => {
    if (!this.on) return;
    const { deviceId } = context.device;
    if (!this.firstTick.has(deviceId)) this.firstTick.set(deviceId, context.tick);
    return this.agent({ ...context, tick: context.tick - (this.firstTick.get(deviceId) ?? context.tick) });
  };
}
