/**
 * (d) One site goes dark regardless of version (a power cut, a WAN link): every device there stops
 * sending at once, shortly after the rollout starts, whether or not it was offered the release.
 */
import type { DeviceProfile, FleetSimulator } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, deviceRandom, onTopOfBackground, pinRing } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 4404;
const DARK_SITE = "fra";
const DARK_SITE_SHARE = 0.2;
const OTHER_SITES = ["ams", "nyc", "sgp", "lon", "sfo"];
const OUTAGE_AFTER_SEC = 15;

/** Exactly the dark site's share of the fleet at that site, drawn independently of the ring. */
function shapeSite(profile: DeviceProfile): DeviceProfile {
  const random = deviceRandom(SEED, "site", profile);
  const site = random() < DARK_SITE_SHARE ? DARK_SITE : OTHER_SITES[Math.floor(random() * OTHER_SITES.length)];
  return { ...profile, tags: { ...profile.tags, site } };
}

function darkenSite(fleet: FleetSimulator): void {
  for (const device of fleet.devices) {
    if (device.tags.site === DARK_SITE) fleet.setFault(device.deviceId, { kind: "silent" });
  }
}

export const siteOutage: ScenarioDefinition = {
  key: "d",
  title: `site ${DARK_SITE} goes silent`,
  component: "agent-d",
  idPrefix: "scn-d-",
  seed: SEED,
  observeSec: 75,
  goals: { blameRelease: false },
  fleet: () => ({
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, shapeSite(profile)),
    faults: onTopOfBackground(() => undefined),
    disturbances: [{ afterSec: OUTAGE_AFTER_SEC, what: `every device at site ${DARK_SITE} stops sending`, apply: darkenSite }],
  }),
};
