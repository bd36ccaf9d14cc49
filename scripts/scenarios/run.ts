/**
 * `npm run scenarios`: simulated fleets roll releases out against Ringwatch and the report says
 * whether it caught the bad ones in time, kept them in the canary, blamed the right cause, and left
 * the good ones alone. Exits 1 when a goal is missed, 2 when the run itself could not be made.
 *
 *   npm run scenarios                                  each scenario on a fresh app (production build, embedded database), side by side
 *   npm run scenarios -- --backend postgres            the same, each on a fresh scratch PostgreSQL database
 *   npm run scenarios -- --parallel N                  at most N scenarios (and apps) at once
 *   npm run scenarios -- --url URL --api-key KEY       one after another on an app that is already running (admin key)
 *   npm run scenarios -- --only a,c [--report file.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { backendLabel, openBackend, type Backend, type BackendChoice } from "./backend";
import { selectScenarios } from "./catalog";
import { mapWithLimit } from "./pool";
import { RingwatchClient } from "./ringwatchClient";
import { readConfig } from "./runConfig";
import { runScenario, type ScenarioRun, type ScenarioRunContext } from "./runScenario";
import { runNotes } from "./notes";
import type { ScenarioDefinition } from "./scenario";
import { formatReport, type ReportRow } from "./table";

type Connection = Pick<ScenarioRunContext, "client" | "ingestKey" | "baseUrl" | "runTag">;

function writeReport(file: string, label: string, runs: ScenarioRun[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const body = runs.map(({ definition, baseUrl, release, deploymentId, observation, outcome, fleet, apiErrors, durationSec }) => ({
    scenario: definition.key,
    title: definition.title,
    goals: definition.goals,
    baseUrl,
    release,
    deploymentId,
    durationSec,
    outcome,
    observation,
    fleet,
    apiErrors,
  }));
  writeFileSync(file, `${JSON.stringify({ backend: label, runs: body }, null, 2)}\n`);
}

function reportRow(run: ScenarioRun): ReportRow {
  return { key: run.definition.key, title: run.definition.title, outcome: run.outcome, notes: runNotes(run.observation, run.fleet, run.apiErrors) };
}

const logFor = (definition: ScenarioDefinition) => (line: string) => console.log(`[scenarios] ${definition.key}: ${line}`);

/** A client for the app and a key for the fleet alone (the admin key where it may not create one). */
async function connect(backend: Backend, runTag: string): Promise<Connection> {
  const client = new RingwatchClient(backend.baseUrl, backend.apiKey);
  const ingestKey = (await client.createIngestKey(`scenarios ${runTag}`)) ?? backend.apiKey;
  return { client, ingestKey, baseUrl: backend.baseUrl, runTag };
}

async function runLogged(definition: ScenarioDefinition, connection: Connection, previousFleet: ScenarioRunContext["previousFleet"]): Promise<ScenarioRun> {
  const log = logFor(definition);
  const run = await runScenario(definition, { ...connection, previousFleet, log });
  log(`done in ${run.durationSec.toFixed(0)} s: ${run.outcome.missed.length === 0 ? "pass" : `missed ${run.outcome.missed.length} goal(s)`}`);
  if (connection.client.anomalyApiMissing) log("this app has no GET /api/v1/anomalies (404): no anomaly can be seen");
  return run;
}

/** One scenario on a fresh app of its own, stopped (and its database dropped) at the end. */
async function runOnFreshApp(choice: BackendChoice, definition: ScenarioDefinition, runTag: string): Promise<ScenarioRun> {
  const backend = await openBackend(choice, definition.key);
  const log = logFor(definition);
  log(`app at ${backend.baseUrl} on ${backend.label}`);
  let run: ScenarioRun | undefined;
  try {
    run = await runLogged(definition, await connect(backend, runTag), null);
    return run;
  } finally {
    const failed = !run || run.outcome.missed.length > 0;
    if (failed && backend.logFile) log(`the app's log is kept at ${backend.logFile}`);
    await backend.close({ keepFiles: failed });
  }
}

/** Fresh apps, at most `parallel` at once. */
function runSideBySide(choice: BackendChoice, scenarios: ScenarioDefinition[], parallel: number, runTag: string): Promise<ScenarioRun[]> {
  return mapWithLimit(scenarios, parallel, (definition) =>
    runOnFreshApp(choice, definition, runTag).catch((error: unknown) => {
      // Side by side, the message alone would not say whose app or fleet failed.
      throw new Error(`scenario ${definition.key}: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
}

/** On an app someone runs, one after another: each rollout waits until the previous fleet is out of its baseline. */
async function runOneAfterAnother(choice: BackendChoice, scenarios: ScenarioDefinition[], runTag: string): Promise<ScenarioRun[]> {
  const backend = await openBackend(choice);
  console.log(`[scenarios] Ringwatch at ${backend.baseUrl}`);
  const connection = await connect(backend, runTag);
  const runs: ScenarioRun[] = [];
  for (const definition of scenarios) {
    const previous = runs.at(-1);
    runs.push(await runLogged(definition, connection, previous ? { stoppedAt: previous.fleetStoppedAt, intervalSec: previous.intervalSec } : null));
  }
  return runs;
}

async function main(): Promise<number> {
  const config = readConfig(process.argv.slice(2));
  const began = Date.now();
  const scenarios = selectScenarios(config.only);
  const runTag = Date.now().toString(36);
  const label = backendLabel(config.backend);
  const runs =
    config.backend.kind === "url"
      ? await runOneAfterAnother(config.backend, scenarios, runTag)
      : await runSideBySide(config.backend, scenarios, config.parallel, runTag);
  writeReport(config.reportFile, label, runs);
  const side = config.backend.kind === "url" ? "one after another" : `at most ${Math.min(config.parallel, scenarios.length)} at once`;
  console.log(`\nScenarios on ${label}, ${side}, ${((Date.now() - began) / 1000).toFixed(0)} s in all\n\n${formatReport(runs.map(reportRow))}`);
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
