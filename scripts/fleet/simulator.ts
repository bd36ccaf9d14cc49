/**
 * Fleet simulator: endpoint agents that heartbeat, crash, boot-loop or go silent, and a relay that
 * batches their events to POST /api/v1/ingest. Deterministic for a given seed, so a scenario (and a
 * bug it exposes) can be replayed.
 */
import { applyFault, bootAgent, crashAgent, newAgent, nextActionAt, nextEventId, repairAgent, selfRevertOnBoot, type AgentState, type Power } from "./agent";
import { createFleetApi, type DeviceTickContext, type FleetApi } from "./api";
import { DEFAULT_CRASH, heartbeatEvent, makeDeviceProfile, type CrashSignature, type DeviceProfile, type FleetEvent } from "./devices";
import { demoFaults, type FaultHook, type FaultMode } from "./faults";
import type { FleetCounts, FleetSimulatorOptions, FleetStats } from "./fleetOptions";
import { hashSeed, mulberry32 } from "./random";
import { IngestRelay } from "./relay";
import { AgentSchedule } from "./schedule";
import { settlesWithin } from "./timing";

// The simulator's public surface, kept in one import for the demo, the fleet CLI and the bench.
export * from "./api";
export * from "./devices";
export { DEFAULT_DEMO_FAULTS, demoFaults, noFaults, type DemoFaultShares, type FaultContext, type FaultHook, type FaultMode, type SelfRevert } from "./faults";
export type * from "./fleetOptions";
export { retryAfterMs, type IngestRejection } from "./ingestAnswer";
export { hashSeed, mulberry32, seededUuid, type Random } from "./random";
export * from "./relay";
export * from "./relayOptions";

/**
 * N agents plus one relay. Drive it in real time with start()/stop(), or step it yourself with
 * advanceTo()/flush() (tests) without ever calling start().
 */
export class FleetSimulator {
  readonly relay: IngestRelay;
  readonly api: FleetApi;
  readonly intervalMs: number;
  private readonly options: FleetSimulatorOptions;
  private readonly agents: AgentState[];
  private readonly byId = new Map<string, AgentState>();
  private readonly schedule = new AgentSchedule();
  private readonly crash: CrashSignature;
  private readonly faults: FaultHook;
  private readonly pendingHooks = new Set<Promise<void>>();
  private readonly speedup: number;
  private readonly simulatedStart: number;
  private realStart = Date.now();
  private simulatedNow: number;
  private timer: NodeJS.Timeout | undefined;
  private stopping: Promise<FleetStats> | undefined;
  private readonly counts = { generated: 0, heartbeats: 0, crashes: 0, boots: 0, hookErrors: 0 };

  constructor(options: FleetSimulatorOptions) {
    this.options = options;
    this.intervalMs = (options.intervalSec ?? 10) * 1000;
    this.speedup = options.speedup ?? 1;
    this.simulatedStart = options.startAt?.getTime() ?? Date.now();
    this.simulatedNow = this.simulatedStart;
    this.crash = { ...DEFAULT_CRASH, ...options.crash };
    this.faults = options.faults ?? demoFaults();
    const seed = options.seed ?? 1;
    this.relay = new IngestRelay({ ...options.relay, baseUrl: options.baseUrl, apiKey: options.apiKey }, seed);
    this.api = createFleetApi(options.baseUrl, options.apiKey, this.relay.options.fetchImpl);
    this.agents = Array.from({ length: options.devices }, (_, index) => this.createAgent(index, seed));
    for (const agent of this.agents) {
      this.byId.set(agent.profile.deviceId, agent);
      this.reschedule(agent);
    }
  }

  /** Device profiles in index order (live objects: versions change as hooks apply updates). */
  get devices(): readonly DeviceProfile[] {
    return this.agents.map((agent) => agent.profile);
  }

  private createAgent(index: number, seed: number): AgentState {
    const base = makeDeviceProfile(index, { seed, versions: this.options.versions, idPrefix: this.options.idPrefix });
    const profile = this.options.customizeDevice ? this.options.customizeDevice(base) : base;
    return newAgent(index, profile, mulberry32(hashSeed(seed, "agent", profile.deviceId)), this.simulatedStart, this.intervalMs);
  }

  /** Starts the real-time loop. */
  start(): void {
    if (this.timer) return;
    this.realStart = Date.now();
    this.relay.start();
    this.timer = setInterval(() => this.advanceTo(this.clockNow()), this.options.tickMs ?? 200);
  }

  /** Simulated now: startAt + elapsed x speedup, never past the wall clock. */
  clockNow(): number {
    const simulated = this.simulatedStart + (Date.now() - this.realStart) * this.speedup;
    return Math.min(simulated, Math.max(Date.now(), this.simulatedStart));
  }

  /** Simulated time reached so far. */
  now(): Date {
    return new Date(this.simulatedNow);
  }

  /** Lets every agent act up to simulated time `untilMs`. */
  advanceTo(untilMs: number): void {
    while (this.schedule.peekTime() <= untilMs) {
      const next = this.schedule.pop();
      if (!next) break;
      if (next.at !== next.agent.scheduledAt) continue;
      this.act(next.agent, next.at);
      this.reschedule(next.agent);
    }
    this.simulatedNow = Math.max(this.simulatedNow, untilMs);
    this.relay.pump();
  }

  /** Waits for pending agent hooks, then sends everything queued. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pendingHooks]);
    await this.relay.flush();
  }

  /**
   * Stops generating; sends what is queued (unless flush is false) and resolves once in-flight
   * requests have finished, or after `timeoutMs` with the remainder counted as `unsent`.
   */
  stop(options: { flush?: boolean; timeoutMs?: number } = {}): Promise<FleetStats> {
    this.stopping ??= this.shutDown(options.flush ?? true, options.timeoutMs ?? 15_000);
    return this.stopping;
  }

  private async shutDown(flush: boolean, timeoutMs: number): Promise<FleetStats> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await settlesWithin(Promise.allSettled([...this.pendingHooks]), timeoutMs);
    await this.relay.close({ flush, timeoutMs });
    return this.stats();
  }

  /** Switches a device's behaviour now (a silent device comes back when set to anything else). */
  setFault(deviceId: string, mode: FaultMode): void {
    const agent = this.byId.get(deviceId);
    if (!agent) throw new Error(`unknown device ${deviceId}`);
    applyFault(agent, mode, this.simulatedNow);
    if (agent.power === "silent" && mode.kind !== "silent") {
      agent.power = "up";
      agent.nextHeartbeatAt = this.simulatedNow + agent.random() * this.intervalMs;
    }
    // The new timers may be earlier than the agent's pending action.
    this.reschedule(agent);
  }

  /**
   * An on-site team repairs a device: it boots again, healthy, on the component's `version` (the
   * failed one is never installed again). Returns false for an unknown device.
   */
  repair(deviceId: string, revert: { component: string; version: string }): boolean {
    const agent = this.byId.get(deviceId);
    if (!agent) return false;
    this.counts.boots += 1;
    this.emit(repairAgent(agent, this.simulatedNow, revert, this.intervalMs));
    this.reschedule(agent);
    return true;
  }

  /** Power state of one device, for scenario assertions. */
  deviceState(deviceId: string): { power: Power; bootId: string; fault: FaultMode } | undefined {
    const agent = this.byId.get(deviceId);
    return agent && { power: agent.power, bootId: agent.bootId, fault: agent.fault };
  }

  fleetCounts(): FleetCounts {
    const counts: FleetCounts = { up: 0, down: 0, silent: 0, byFault: { healthy: 0, crashy: 0, bootLoop: 0, silent: 0 } };
    for (const agent of this.agents) {
      counts[agent.power] += 1;
      counts.byFault[agent.fault.kind] += 1;
    }
    return counts;
  }

  stats(): FleetStats {
    return { ...this.relay.stats(), ...this.counts, simulatedTime: new Date(this.simulatedNow).toISOString() };
  }

  /** The agent's single next action: the earliest of its timers for its power state. */
  private reschedule(agent: AgentState): void {
    const at = nextActionAt(agent);
    agent.scheduledAt = at;
    if (Number.isFinite(at)) this.schedule.push(at, agent);
  }

  private act(agent: AgentState, at: number): void {
    if (agent.power === "down") {
      if (at >= agent.bootAt) this.boot(agent, at);
      return;
    }
    if (at >= agent.silentAt) agent.power = "silent";
    else if (at >= agent.crashAt) this.crashDevice(agent, at);
    else if (at >= agent.nextHeartbeatAt) this.heartbeatTick(agent, at);
  }

  private heartbeatTick(agent: AgentState, at: number): void {
    agent.nextHeartbeatAt = at + this.intervalMs;
    const mode = this.faults({ device: agent.profile, now: new Date(at), tick: agent.tick, cause: "heartbeat", current: agent.fault, random: agent.random });
    if (mode) applyFault(agent, mode, at);
    agent.tick += 1;
    if (at >= agent.silentAt) {
      agent.power = "silent";
      return;
    }
    this.runTickHook(agent, at);
  }

  /** Heartbeat right away, or once the agent's async hook (e.g. a manifest check) has finished. */
  private runTickHook(agent: AgentState, at: number): void {
    const bootId = agent.bootId;
    const versionsBefore = JSON.stringify(agent.profile.versions);
    const afterHook = () => {
      if (JSON.stringify(agent.profile.versions) !== versionsBefore) this.afterInstall(agent, at);
      this.emitHeartbeat(agent, at, bootId);
    };
    const result = this.options.onTick?.(this.tickContext(agent, at));
    if (!(result instanceof Promise)) return afterHook();
    const pending = result.catch(() => void (this.counts.hookErrors += 1)).then(afterHook);
    this.pendingHooks.add(pending);
    void pending.finally(() => this.pendingHooks.delete(pending));
  }

  /**
   * A hook changed what the device runs (an install): the fault hook is asked again at once, so a
   * fault keyed on the installed version starts with the install, not a heartbeat later.
   */
  private afterInstall(agent: AgentState, at: number): void {
    if (agent.power !== "up") return;
    const mode = this.faults({ device: agent.profile, now: new Date(at), tick: agent.tick - 1, cause: "install", current: agent.fault, random: agent.random });
    if (!mode) return;
    applyFault(agent, mode, at);
    this.reschedule(agent);
  }

  private tickContext(agent: AgentState, at: number): DeviceTickContext {
    return {
      device: agent.profile,
      now: new Date(at),
      tick: agent.tick - 1,
      bootId: agent.bootId,
      api: this.api,
      random: agent.random,
      emit: (draft) =>
        this.emit({
          ...draft,
          deviceId: agent.profile.deviceId,
          ts: draft.ts ?? new Date(at).toISOString(),
          eventId: draft.eventId ?? nextEventId(agent),
        } as FleetEvent),
      installed: () => this.afterInstall(agent, Math.max(at, this.simulatedNow)),
    };
  }

  private emitHeartbeat(agent: AgentState, at: number, bootId: string): void {
    // A hook that resolves after the device crashed must not report the new boot's uptime.
    if (bootId !== agent.bootId) return;
    const uptimeSec = Math.max(0, Math.floor((at - agent.bootedAtMs) / 1000));
    const event = heartbeatEvent(agent.profile, { bootId, seq: agent.seq++, tsMs: at, intervalSec: this.intervalMs / 1000, uptimeSec });
    this.counts.heartbeats += 1;
    this.emit(event);
  }

  private crashDevice(agent: AgentState, at: number): void {
    this.counts.crashes += 1;
    this.emit(crashAgent(agent, at, this.crash));
  }

  private boot(agent: AgentState, at: number): void {
    this.counts.boots += 1;
    this.emit(bootAgent(agent, at, this.intervalMs));
    const reverted = selfRevertOnBoot(agent, at);
    if (reverted) this.emit(reverted);
  }

  private emit(event: FleetEvent): void {
    this.counts.generated += 1;
    this.relay.enqueue(event);
  }
}
