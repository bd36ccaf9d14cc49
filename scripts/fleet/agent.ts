/**
 * One simulated agent: its state and the transitions of its life (crash, reboot, fault change). The
 * order of random draws here is part of the replay contract: same seed, same fleet.
 */
import { eventIdFor, type BootEvent, type CrashEvent, type CrashSignature, type DeviceProfile } from "./devices";
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
