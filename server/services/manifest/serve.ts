import { hashBucket, ringForBucket } from "../../../core/rings/assignment";
import { offerFor } from "../../../core/rollouts/plan";
import type { Database } from "../../db/database";
import { exposedDevices, recordExposures, type ExposureRecord } from "./exposures";
import { currentPlan } from "./planCache";
import { ringPin } from "./ringPins";

export async function serveManifest(db: Database, deviceId: string, now = Date.now()) {
  const plan = await currentPlan(db, now);
  const ring = (await ringPin(db, deviceId, now)) ?? ringForBucket(hashBucket(deviceId), plan.ranges);
  const versions: Record<string, string> = {};
  const newExposures: ExposureRecord[] = [];
  for (const component of plan.components) {
    const exposed = component.live ? await exposedDevices(db, component.live.releaseId) : null;
    const offer = offerFor(component, ring, exposed?.has(deviceId) ?? false);
    if (!offer) continue;
    versions[component.component] = offer.version;
    if (offer.exposure && ring && !exposed?.has(deviceId)) newExposures.push({ ...offer.exposure, deviceId, ring, exposedAt: new Date(now) });
  }
  if (newExposures.length > 0) await recordExposures(db, newExposures);
  return { deviceId, ring, versions };
}
