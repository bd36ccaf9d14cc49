import type { Attributes } from "../detection/profiles";
import type { DeploymentState } from "./deployment";
import { holdFor, type HoldRule } from "./holds";
import { currentWaveIndex, inWave, offeredPercent, waveBucket } from "./waves";

/** What the manifest needs to know about one component. */
export interface ComponentPlan {
  component: string;
  /** Offered to every ring unless a live deployment says otherwise; null if never released. */
  baseline: string | null;
  live: LiveDeployment | null;
}

export interface LiveDeployment {
  deploymentId: string;
  releaseId: string;
  version: string;
  state: DeploymentState;
  /** Active holds: cohorts not offered the release. */
  holds?: readonly HoldRule[];
}

export type Offer =
  | { version: string; exposure: null }
  /** The release is offered: the caller records the exposure if the device has none yet. */
  | { version: string; exposure: { deploymentId: string; releaseId: string; wave: number } };

/** What the manifest knows of the asking device. */
export interface AskingDevice {
  deviceId: string;
  /** It has sent at least one event: its heartbeats, not its id's hash, say which ring it is in. */
  known: boolean;
  /** It was already offered the live release. */
  exposed: boolean;
  /** What it last reported of itself (os, osVersion, model, tags.*, versions.*), for holds. */
  attributes: Attributes;
}

/**
 * The version a device in `ring` is offered for one component. An active deployment offers its
 * version to the devices of the waves it has started in the rings it has reached; paused or halted,
 * only devices already exposed keep it. A held cohort is offered nothing new (with `revert`, the
 * previous version even when exposed). A device never heard from gets the baseline: agents ask at
 * boot, before their first heartbeat, and that heartbeat may pin them to a ring the release has not reached.
 */
export function offerFor(plan: ComponentPlan, ring: string | null, device: AskingDevice): Offer | null {
  const baseline = plan.baseline === null ? null : { version: plan.baseline, exposure: null };
  const live = plan.live;
  const stage = live && ring !== null ? live.state.stages.find((s) => s.ring === ring && s.status !== "pending") : undefined;
  if (!live || !stage) return baseline;
  const exposure = { deploymentId: live.deploymentId, releaseId: live.releaseId, wave: Math.max(0, currentWaveIndex(stage)) };
  const hold = holdFor(live.holds ?? [], device.attributes);
  if (hold) return device.exposed && !hold.revert ? { version: live.version, exposure: null } : baseline;
  if (device.exposed) return { version: live.version, exposure };
  const inCurrentWaves = inWave(waveBucket(live.deploymentId, device.deviceId), offeredPercent(stage));
  if (device.known && live.state.status === "active" && inCurrentWaves) return { version: live.version, exposure };
  return baseline;
}
