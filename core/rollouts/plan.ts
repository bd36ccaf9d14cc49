import { offeredRings, type DeploymentState } from "./deployment";

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
}

export type Offer =
  | { version: string; exposure: null }
  /** The release is offered: the caller records the exposure if the device has none yet. */
  | { version: string; exposure: { deploymentId: string; releaseId: string } };

/** What the manifest knows of the asking device. */
export interface AskingDevice {
  /** It has sent at least one event: its heartbeats, not its id's hash, say which ring it is in. */
  known: boolean;
  /** It was already offered the live release. */
  exposed: boolean;
}

/**
 * The version a device in `ring` is offered for one component. An active deployment offers its
 * version to the rings it has reached; paused or halted, only devices already exposed keep it.
 * A device never heard from gets the baseline: agents ask at boot, before their first heartbeat,
 * and that heartbeat may pin them to a ring the release has not reached.
 */
export function offerFor(plan: ComponentPlan, ring: string | null, device: AskingDevice): Offer | null {
  const live = plan.live;
  const reached = live !== null && ring !== null && offeredRings(live.state).includes(ring);
  if (live && reached && (device.known || device.exposed) && (live.state.status === "active" || device.exposed)) {
    return { version: live.version, exposure: { deploymentId: live.deploymentId, releaseId: live.releaseId } };
  }
  return plan.baseline === null ? null : { version: plan.baseline, exposure: null };
}
