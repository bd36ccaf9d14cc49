/**
 * What goes wrong in the demo fleet: the usual background (crashes, a few boot loops, silence), plus
 * the two bad releases the demo rolls out. Content 2024.07.19 boot-loops one Windows build only, so
 * Ringwatch holds that build while the rest proceeds; agent 7.12.0 boot-loops every Windows device,
 * so Ringwatch pauses it, and its devices recover: some agents revert on their own, some machines
 * loop offline until the on-site team repairs them, the rest loop on.
 */
import { demoFaults, hashSeed, mulberry32, type DemoFaultShares, type FaultHook, type FaultMode } from "./fleet/simulator";

/** The demo's rings by share of the fleet, pinned by the agents (the app's default 1% canary is a handful of devices here). */
export const DEMO_RING_SHARES: ReadonlyArray<readonly [string, number]> = [
  ["canary", 0.08],
  ["early", 0.22],
  ["broad", 0.7],
];

export const BAD_CONTENT = { component: "content", version: "2024.07.19" };
export const HELD_BUILD = "10.0.22631";
export const BAD_AGENT = { component: "agent", version: "7.12.0" };
const LOOP_CYCLE_SEC = 30;
const SELF_REVERT_SHARE = 0.4;
const OFFLINE_SHARE = 0.35;

function agentFate(deviceId: string, previousVersion: string): FaultMode {
  const roll = mulberry32(hashSeed(1, "demo-agent-fate", deviceId))();
  if (roll < SELF_REVERT_SHARE)
    return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC, selfRevert: { afterCrashes: 2, component: BAD_AGENT.component, previousVersion } };
  if (roll < SELF_REVERT_SHARE + OFFLINE_SHARE) return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC, offline: true };
  return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC };
}

/** `previousAgent`: what the agent reverts to (the fleet's version before the rollout). */
export function demoFleetFaults(shares: Partial<DemoFaultShares>, previousAgent: string): FaultHook {
  const background = demoFaults(shares);
  return (context) => {
    const drawn = background(context);
    if (drawn) return drawn;
    const { device, current } = context;
    // A device already looping, silent or crashing keeps its fate; a fresh install of a bad release sets one.
    if (current.kind !== "healthy" || device.os !== "windows") return undefined;
    if (device.versions[BAD_AGENT.component] === BAD_AGENT.version) return agentFate(device.deviceId, previousAgent);
    if (device.osVersion === HELD_BUILD && device.versions[BAD_CONTENT.component] === BAD_CONTENT.version)
      return { kind: "bootLoop", cycleSec: LOOP_CYCLE_SEC };
    return undefined;
  };
}
