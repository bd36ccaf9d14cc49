/** (c) A good release on an ordinary fleet: the usual background of crashes, boot loops and silence. */
import { DEFAULT_INTERVAL_SEC, onTopOfBackground, pinRing } from "./fleetShape";
import type { ScenarioDefinition } from "./scenario";

const SEED = 3303;

export const benignRelease: ScenarioDefinition = {
  key: "c",
  title: "benign release",
  component: "agent-c",
  idPrefix: "scn-c-",
  seed: SEED,
  observeSec: 75,
  goals: { blameRelease: false },
  fleet: () => ({
    devices: 1000,
    intervalSec: DEFAULT_INTERVAL_SEC,
    customizeDevice: (profile) => pinRing(SEED, profile),
    faults: onTopOfBackground(() => undefined),
    disturbances: [],
  }),
};
