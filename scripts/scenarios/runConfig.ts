/** The command line of `npm run scenarios`, checked. */
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../lib/appServer";
import type { BackendChoice } from "./backend";
import { SCENARIOS } from "./catalog";

/**
 * Five at once. Measured on 2 cores with the first five scenarios: the five apps and the fleets
 * together kept under one core busy, and every goal was met side by side, also beside two busy
 * loops taking both cores. More at once has not been measured.
 */
const MEASURED_PARALLEL = 5;
export const DEFAULT_PARALLEL = Math.min(SCENARIOS.length, MEASURED_PARALLEL);

export interface RunConfig {
  backend: BackendChoice;
  only?: string;
  /** How many scenarios run at once, each on a fresh app of its own (1 on an app given by --url). */
  parallel: number;
  reportFile: string;
}

export function readConfig(argv: string[]): RunConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      backend: { type: "string", default: "embedded" },
      url: { type: "string" },
      "api-key": { type: "string" },
      only: { type: "string" },
      parallel: { type: "string" },
      report: { type: "string" },
    },
  });
  const reportFile = values.report ?? path.join(repoRoot(), "test-results", `scenarios-${values.url ? "url" : values.backend}.json`);
  const parallel = values.parallel === undefined ? DEFAULT_PARALLEL : Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) throw new Error(`--parallel must be a whole number of at least 1, got ${values.parallel}`);
  if (values.url) {
    const apiKey = values["api-key"] ?? process.env.RINGWATCH_API_KEY;
    if (!apiKey) throw new Error("--url needs --api-key KEY (or RINGWATCH_API_KEY): a key that may create releases and deployments");
    // One app means one baseline: side by side, each scenario's fleet would be in the others' baseline.
    if (values.parallel !== undefined && parallel > 1)
      throw new Error("--parallel needs a fresh app per scenario; on --url the scenarios run one after another");
    return { backend: { kind: "url", url: values.url, apiKey }, only: values.only, parallel: 1, reportFile };
  }
  if (values.backend !== "embedded" && values.backend !== "postgres") throw new Error(`--backend must be embedded or postgres, got ${values.backend}`);
  return { backend: { kind: values.backend }, only: values.only, parallel, reportFile };
}
