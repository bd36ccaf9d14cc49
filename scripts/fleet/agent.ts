/**
 * One simulated agent: its state and the transitions of its life (crash, reboot, fault change). The
 * order of random draws here is part of the replay contract: same seed, same fleet.
 */
import { eventIdFor, revertComponent, type BootEvent, type CrashEvent, type CrashSignature, type DeviceProfile, type UpdateEvent } from "./devices";
import { sameFault, type FaultMode } from "./faults";
import { exponential, seededUuid, uniform, type Random } from "./random";

export type Power = "up" | "down" | "silent";

/** What one agent is doing; times are simulated epoch milliseconds. */
export interface AgentState {
  index: number;
  profile: DeviceProfile;
  random: Random;
  power: Power;
  bootId: string;
  bootedAtMs: number;
  seq: number;
  tick: number;
  fault: FaultMode;
  /** Crashes since the fault last changed: a boot-failure guard counts them. */
  faultCrashes: number;
  nextHeartbeatAt: number;
  crashAt: number;
  /** Time of the agent's live schedule entry; older heap entries for it are stale and skipped. */
  scheduledAt: number;
  bootAt: number;
  silentAt: number;
}

/** An agent that is already running, healthy, when the simulation starts. */
export function newAgent(index: number, profile: DeviceProfile, random: Random, simulatedStart: number, intervalMs: number): AgentState {
  // Already running when the simulation starts: up for an hour to two weeks.
  const uptimeMs = uniform(random, 3_600_000, 14 * 86_400_000);
  return {
    index,
    profile,
    random,
    power: "up",
    bootId: seededUuid(random),
    bootedAtMs: simulatedStart - uptimeMs,
    seq: 0,
    tick: 0,
    fault: { kind: "healthy" },
    faultCrashes: 0,
    // Staggered across one interval so the fleet does not heartbeat in lockstep.
    nextHeartbeatAt: simulatedStart + random() * intervalMs,
    crashAt: Infinity,
    bootAt: Infinity,
    silentAt: Infinity,
    scheduledAt: Infinity,
  };
}

/** The agent's single next action: the earliest of its timers for its power state. */
export function nextActionAt(agent: AgentState): number {
  return agent.power === "silent" ? Infinity : agent.power === "down" ? agent.bootAt : Math.min(agent.nextHeartbeatAt, agent.crashAt, agent.silentAt);
}

export function nextEventId(agent: AgentState): string {
  return eventIdFor(agent.profile.deviceId, agent.bootId, agent.seq++);
}

/** Takes the agent down and returns the crash event it reports. */
export function crashAgent(agent: AgentState, at: number, crash: CrashSignature): CrashEvent {
  const event: CrashEvent = {
    type: "crash",
    deviceId: agent.profile.deviceId,
    ts: new Date(at).toISOString(),
    eventId: nextEventId(agent),
    bootId: agent.bootId,
    ...crash,
    versions: { ...agent.profile.versions },
  };
  agent.power = "down";
  agent.crashAt = Infinity;
  agent.faultCrashes += 1;
  // Looping before the network is up: from now on nothing it does reaches anyone.
  if (agent.fault.kind === "bootLoop" && agent.fault.offline) {
    agent.power = "silent";
    agent.bootAt = Infinity;
    return event;
  }
  // Boot loops recover fast (and crash again); ordinary crashes take a dump and a slow reboot.
  agent.bootAt = at + (agent.fault.kind === "bootLoop" ? uniform(agent.random, 15_000, 25_000) : uniform(agent.random, 40_000, 120_000));
  return event;
}

/** Brings the agent up with a new boot id and returns the boot event it reports. */
export function bootAgent(agent: AgentState, at: number, intervalMs: number): BootEvent {
  const bootDurationMs = Math.round(uniform(agent.random, 12_000, 30_000));
  agent.power = "up";
  agent.bootId = seededUuid(agent.random);
  agent.bootedAtMs = at;
  agent.seq = 0;
  agent.bootAt = Infinity;
  const event: BootEvent = {
    type: "boot",
    deviceId: agent.profile.deviceId,
    ts: new Date(at).toISOString(),
    eventId: nextEventId(agent),
    bootId: agent.bootId,
    previousShutdown: "crash",
    bootDurationMs,
    versions: { ...agent.profile.versions },
  };
  // The agent service comes up a few seconds after the boot is logged.
  agent.nextHeartbeatAt = at + Math.min(intervalMs, 3_000);
  scheduleCrash(agent, at);
  return event;
}

export function applyFault(agent: AgentState, mode: FaultMode, at: number): void {
  if (sameFault(agent.fault, mode)) return;
  agent.fault = mode;
  agent.faultCrashes = 0;
  agent.silentAt = mode.kind === "silent" ? at + (mode.afterSec ?? 0) * 1000 : Infinity;
  if (agent.power === "up") scheduleCrash(agent, at);
}

function scheduleCrash(agent: AgentState, at: number): void {
  const mode = agent.fault;
  if (mode.kind === "crashy") agent.crashAt = at + exponential(agent.random, mode.meanSecondsBetweenCrashes * 1000);
  // Crash after a short uptime so that uptime + reboot makes one cycle.
  else if (mode.kind === "bootLoop") agent.crashAt = at + Math.max(5_000, (mode.cycleSec ?? 60) * 1000 - 20_000) * uniform(agent.random, 0.75, 1.25);
  else agent.crashAt = Infinity;
}

/**
 * On a boot after enough crashes, the agent's boot-failure guard rolls the component back: it
 * reports the rollback (`update` rolled_back, reason boot_failure, toVersion the version it left),
 * never installs that version again, and runs healthy from then on. Null when it does not revert.
 */
export function selfRevertOnBoot(agent: AgentState, at: number): UpdateEvent | null {
  const mode = agent.fault;
  if (mode.kind !== "bootLoop" || !mode.selfRevert || agent.faultCrashes < mode.selfRevert.afterCrashes) return null;
  const { component, previousVersion } = mode.selfRevert;
  const failed = revertComponent(agent.profile, component, previousVersion);
  applyFault(agent, { kind: "healthy" }, at);
  if (failed === undefined || failed === previousVersion) return null;
  return {
    type: "update",
    deviceId: agent.profile.deviceId,
    ts: new Date(at).toISOString(),
    eventId: nextEventId(agent),
    component,
    fromVersion: previousVersion,
    toVersion: failed,
    status: "rolled_back",
    reason: "boot_failure",
  };
}

/** An on-site repair: the technician puts the component back on `version` and the machine boots healthy. */
export function repairAgent(agent: AgentState, at: number, revert: { component: string; version: string }, intervalMs: number): BootEvent {
  revertComponent(agent.profile, revert.component, revert.version);
  applyFault(agent, { kind: "healthy" }, at);
  return bootAgent(agent, at, intervalMs);
}
