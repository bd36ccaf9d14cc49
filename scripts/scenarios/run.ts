/**
 * `npm run scenarios`: simulated fleets roll releases out against a running Ringwatch and the report
 * says whether it caught the bad ones in time, kept them in the canary, blamed the right cause, and
 * left the good ones alone. Exits 1 when a goal is missed, 2 when the run itself could not be made.
 *
 *   npm run scenarios                                  fresh app from the production build, embedded database
 *   npm run scenarios -- --backend postgres            the same on a fresh scratch PostgreSQL database
 *   npm run scenarios -- --url URL --api-key KEY       an app that is already running (admin key)
 *   npm run scenarios -- --only a,c [--report file.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../lib/appServer";
import { openBackend, type Backend, type BackendChoice } from "./backend";
import { selectScenarios } from "./catalog";
import { RingwatchClient } from "./ringwatchClient";
import { runScenario, type ScenarioRun } from "./runScenario";
import { runNotes } from "./notes";
import { formatReport, type ReportRow } from "./table";

interface RunConfig {
  backend: BackendChoice;
  only?: string;
  reportFile: string;
}

function readConfig(argv: string[]): RunConfig {
  const { values } = parseArgs({
    args: argv,
    options: { backend: { type: "string", default: "embedded" }, url: { type: "string" }, "api-key": { type: "string" }, only: { type: "string" }, report: { type: "string" } },
  });
  const reportFile = values.report ?? path.join(repoRoot(), "test-results", `scenarios-${values.url ? "url" : values.backend}.json`);
  if (values.url) {
    const apiKey = values["api-key"] ?? process.env.RINGWATCH_API_KEY;
    if (!apiKey) throw new Error("--url needs --api-key KEY (or RINGWATCH_API_KEY): a key that may create releases and deployments");
    return { backend: { kind: "url", url: values.url, apiKey }, only: values.only, reportFile };
  }
  if (values.backend !== "embedded" && values.backend !== "postgres") throw new Error(`--backend must be embedded or postgres, got ${values.backend}`);
  return { backend: { kind: values.backend }, only: values.only, reportFile };
}

function writeReport(file: string, backend: Backend, runs: ScenarioRun[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const body = runs.map(({ definition, release, deploymentId, observation, outcome, fleet, apiErrors, durationSec }) => ({
    scenario: definition.key, title: definition.title, goals: definition.goals, release, deploymentId, durationSec, outcome, observation, fleet, apiErrors,
  }));
  writeFileSync(file, `${JSON.stringify({ backend: backend.label, baseUrl: backend.baseUrl, runs: body }, null, 2)}\n`);
}

function reportRow(run: ScenarioRun): ReportRow {
  return { key: run.definition.key, title: run.definition.title, outcome: run.outcome, notes: runNotes(run.observation, run.fleet, run.apiErrors) };
}

async function runAll(config: RunConfig, backend: Backend): Promise<ScenarioRun[]> {
  const scenarios = selectScenarios(config.only);
  const client = new RingwatchClient(backend.baseUrl, backend.apiKey);
  const runTag = Date.now().toString(36);
  const ingestKey = (await client.createIngestKey(`scenarios ${runTag}`)) ?? backend.apiKey;
  const runs: ScenarioRun[] = [];
  for (const definition of scenarios) {
    const log = (line: string) => console.log(`[scenarios] ${definition.key}: ${line}`);
    const previous = runs.at(-1);
    const previousFleet = previous ? { stoppedAt: previous.fleetStoppedAt, intervalSec: previous.intervalSec } : null;
    const run = await runScenario(definition, { client, ingestKey, baseUrl: backend.baseUrl, runTag, previousFleet, log });
    log(`done in ${run.durationSec.toFixed(0)} s: ${run.outcome.missed.length === 0 ? "pass" : `missed ${run.outcome.missed.length} goal(s)`}`);
    runs.push(run);
  }
  if (client.anomalyApiMissing) console.log("[scenarios] note: this app has no GET /api/v1/anomalies (404): no anomaly can be seen");
  return runs;
}

async function main(): Promise<number> {
  const config = readConfig(process.argv.slice(2));
  const began = Date.now();
  const backend = await openBackend(config.backend);
  console.log(`[scenarios] Ringwatch at ${backend.baseUrl} on ${backend.label}`);
  let runs: ScenarioRun[] = [];
  try {
    runs = await runAll(config, backend);
  } finally {
    const failed = runs.length === 0 || runs.some((run) => run.outcome.missed.length > 0);
    if (failed && backend.logFile) console.log(`[scenarios] the app's log is kept at ${backend.logFile}`);
    await backend.close({ keepFiles: failed });
  }
  writeReport(config.reportFile, backend, runs);
  console.log(`\nScenarios on ${backend.label}, ${((Date.now() - began) / 1000).toFixed(0)} s in all\n\n${formatReport(runs.map(reportRow))}`);
  console.log(`\nDetails (evidence, suspects, timings): ${config.reportFile}`);
  return runs.every((run) => run.outcome.missed.length === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[scenarios] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
