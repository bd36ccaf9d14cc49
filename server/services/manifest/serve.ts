import { hashBucket, ringForBucket } from "../../../core/rings/assignment";
import { offerFor } from "../../../core/rollouts/plan";
import type { Database } from "../../db/database";
import { exposedDevices, recordExposures, type ExposureRecord } from "./exposures";
import { currentPlan } from "./planCache";
import { processWide } from "../../processState";

/** Ring pins change rarely; caching them spares a database read on every manifest request. */
const PIN_TTL_MS = 30_000;
const pins = processWide("ringPins", () => new Map<string, { pin: string | null; expiresAt: number }>());

async function ringPin(db: Database, deviceId: string, now: number): Promise<string | null> {
  const cached = pins.get(deviceId);
  if (cached && cached.expiresAt > now) return cached.pin;
  const [row] = await db.sql.query<{ ring_pin: string | null }>("SELECT ring_pin FROM devices WHERE device_id = $1", [deviceId]);
  const pin = row?.ring_pin ?? null;
  pins.set(deviceId, { pin, expiresAt: now + PIN_TTL_MS });
  return pin;
}

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
