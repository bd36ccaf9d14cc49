import { hashBucket, ringForBucket } from "../../../core/rings/assignment";
import { offerFor } from "../../../core/rollouts/plan";
import type { ServiceContext } from "../context";
import { unavailable } from "../errors";
import { deviceFacts } from "./deviceFacts";
import { recordExposures, type ExposureRecord } from "./exposures";
import { planAt } from "./planCache";
import { recordReach } from "./reach";

/** A plan that keeps changing under a request (an operator clicking away) is retried this often, then refused. */
const MAX_PLAN_ATTEMPTS = 5;
const PLAN_RETRY_AFTER_SEC = 1;

export interface ManifestAnswer {
  deviceId: string;
  ring: string | null;
  versions: Record<string, string>;
}

/**
 * The versions the plan targets for the device's ring right now. The device's pin and exposures
 * are read fresh with the plan's revision; a new offer is recorded only while that plan is still
 * current, else the answer is decided again on the newer plan.
 */
export async function serveManifest(ctx: ServiceContext, deviceId: string): Promise<ManifestAnswer> {
  const { db, now } = ctx;
  for (let attempt = 0; attempt < MAX_PLAN_ATTEMPTS; attempt++) {
    const facts = await deviceFacts(db, deviceId);
    const plan = await planAt(db, facts.planRevision);
    const ring = facts.ringPin ?? ringForBucket(hashBucket(deviceId), plan.ranges);
    const versions: Record<string, string> = {};
    const newExposures: ExposureRecord[] = [];
    for (const component of plan.components) {
      const exposed = component.live !== null && facts.exposedReleases.has(component.live.releaseId);
      const offer = offerFor(component, ring, { deviceId, known: facts.known, exposed, attributes: facts.attributes });
      if (!offer) continue;
      versions[component.component] = offer.version;
      if (offer.exposure && ring && !exposed) newExposures.push({ ...offer.exposure, deviceId, ring, exposedAt: now });
    }
    if (newExposures.length === 0 || (await recordExposures(db, newExposures, plan.revision))) {
      // Stops this plan already includes have now reached the device (kill-switch reach).
      const heard = facts.pendingStops.filter((stop) => stop.planRevision <= BigInt(plan.revision));
      if (heard.length)
        await recordReach(
          db,
          heard.map((stop) => ({ stopId: stop.stopId, deviceId, fetchedAt: now })),
        );
      return { deviceId, ring, versions };
    }
  }
  throw unavailable("plan_changing", "The rollout plan changed during this request several times; retry shortly.", PLAN_RETRY_AFTER_SEC);
}
