/** The scenarios in the order they run. */
import { benignRelease } from "./benignRelease";
import { bootLoopOnMajority } from "./bootLoopOnMajority";
import { bootLoopOnWindows } from "./bootLoopOnWindows";
import { bootLoopRecovery } from "./bootLoopRecovery";
import { crashesOnOneBuild } from "./crashesOnOneBuild";
import { faultOnOneCohort } from "./faultOnOneCohort";
import { fleetWideCrashes } from "./fleetWideCrashes";
import { manifestBeforeHeartbeat } from "./manifestBeforeHeartbeat";
import type { ScenarioDefinition, ScenarioKey } from "./scenario";
import { siteOutage } from "./siteOutage";

export const SCENARIOS: readonly ScenarioDefinition[] = [
  bootLoopOnWindows,
  crashesOnOneBuild,
  benignRelease,
  siteOutage,
  fleetWideCrashes,
  manifestBeforeHeartbeat,
  bootLoopOnMajority,
  faultOnOneCohort,
  bootLoopRecovery,
];

/** `--only a,c` -> those scenarios in catalog order; unknown keys are an error that lists the known ones. */
export function selectScenarios(only: string | undefined): ScenarioDefinition[] {
  if (!only) return [...SCENARIOS];
  const wanted = new Set(
    only
      .split(",")
      .map((key) => key.trim().toLowerCase())
      .filter(Boolean),
  );
  const unknown = [...wanted].filter((key) => !SCENARIOS.some((s) => s.key === (key as ScenarioKey)));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.key).join(", ")}`);
  return SCENARIOS.filter((s) => wanted.has(s.key));
}
