/**
 * (e) Something outside the release (a bad OS patch, a heat wave) raises every device's crash rate
 * at once, exposed or not, on every version: more crashes, but none of them the release's doing.
 */
import type { FaultHook, FaultMode, FleetSimulator } from "../fleet/simulator";
import { DEFAULT_INTERVAL_SEC, isStuck, onTopOfBackground, pinRing } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 5505;
/** A crash every four hours per device before (~4 a minute in 1,000 devices); ten times as often after. */
const BASELINE_SECONDS_BETWEEN_CRASHES = 14_400;
const SURGE_MULTIPLIER = 10;
const SURGE_AFTER_SEC = 10;

/** The surge, shared by the fault hook (later ticks) and the disturbance (now, for every device). */
function crashSurge(): { faults: FaultHook; start(fleet: FleetSimulator): void } {
  let surging = false;
  const mode = (): FaultMode => ({ kind: "crashy", meanSecondsBetweenCrashes: BASELINE_SECONDS_BETWEEN_CRASHES / (surging ? SURGE_MULTIPLIER : 1) });
  return {
    faults: onTopOfBackground(() => mode()),
    start(fleet) {
      surging = true;
      for (const device of fleet.devices) {
        const state = fleet.deviceState(device.deviceId);
        if (state && state.power !== "silent" && !isStuck(state.fault)) fleet.setFault(device.deviceId, mode());
      }
    },
  };
}

export const fleetWideCrashes: ScenarioDefinition = {
  key: "e",
  title: `fleet-wide crash rate x${SURGE_MULTIPLIER}`,
  component: "agent-e",
  idPrefix: "scn-e-",
  seed: SEED,
  observeSec: 75,
  goals: { blameRelease: false },
  fleet: () => {
    const surge = crashSurge();
    return {
      devices: 1000,
      intervalSec: DEFAULT_INTERVAL_SEC,
      customizeDevice: (profile) => pinRing(SEED, profile),
      faults: surge.faults,
      disturbances: [{ afterSec: SURGE_AFTER_SEC, what: `every device crashes ${SURGE_MULTIPLIER}x as often`, apply: surge.start }],
    };
  },
};
