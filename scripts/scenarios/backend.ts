/**
 * Where a scenario runs: a fresh app from the production build on a temp embedded database, the
 * same on a fresh scratch PostgreSQL database, or an app someone already runs. Fresh apps are
 * opened once per scenario, so scenarios can run side by side without sharing a baseline.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assertProductionBuild, startAppServer } from "../lib/appServer";
import { createScratchDatabase, type ScratchDatabase } from "../lib/pgDatabase";

export type BackendChoice = { kind: "embedded" } | { kind: "postgres" } | { kind: "url"; url: string; apiKey: string };

export interface Backend {
  label: string;
  baseUrl: string;
  /** A key that may create releases and deployments, act on them and read anomalies (admin for own apps). */
  apiKey: string;
  /** Where the app's log is, for a failed run (own apps only). */
  logFile?: string;
  /** Stops what this run started; keeps the temp folder (and its log) when asked to. */
  close(options?: { keepFiles?: boolean }): Promise<void>;
}

/** Detection every 10 s, the contract's default, set explicitly so the timing goals mean what they say. */
const DETECTION_INTERVAL_SEC = "10";

/**
 * Healthy heartbeats for this long make an affected device recovered (the contract's default is ten
 * minutes): short enough that a scenario sees its fleet recover while it runs.
 */
export const RECOVERY_STABLE_SEC = "30";

/** What the run is on, for the report's header. */
export function backendLabel(choice: BackendChoice): string {
  if (choice.kind === "url") return choice.url;
  return choice.kind === "postgres" ? "PostgreSQL, a scratch database per scenario" : "embedded (PGlite), a fresh app per scenario";
}

/** `name` tells a fresh app's temp folder and scratch database apart from its siblings' (e.g. the scenario key). */
export async function openBackend(choice: BackendChoice, name = "all"): Promise<Backend> {
  if (choice.kind === "url") {
    return { label: choice.url, baseUrl: choice.url.replace(/\/+$/, ""), apiKey: choice.apiKey, close: async () => undefined };
  }
  assertProductionBuild();
  // The database first: when PostgreSQL is not there, no temp folder is left behind.
  const database: ScratchDatabase | undefined = choice.kind === "postgres" ? await createScratchDatabase(`ringwatch_scenarios_${name}`) : undefined;
  const workDir = mkdtempSync(path.join(tmpdir(), `ringwatch-scenarios-${name}-`));
  const adminKey = `rw_scenarios_${randomBytes(18).toString("base64url")}`;
  const logFile = path.join(workDir, "server.log");
  try {
    const server = await startAppServer({
      dataDir: database ? undefined : path.join(workDir, "data"),
      databaseUrl: database?.url,
      env: {
        RINGWATCH_BOOTSTRAP_API_KEY: adminKey,
        RINGWATCH_DETECTION_INTERVAL_SEC: DETECTION_INTERVAL_SEC,
        RINGWATCH_RECOVERY_STABLE_SEC: RECOVERY_STABLE_SEC,
      },
      logFile,
    });
    return {
      label: database ? `PostgreSQL (${database.name})` : "embedded (PGlite)",
      baseUrl: server.baseUrl,
      apiKey: adminKey,
      logFile,
      async close({ keepFiles = false } = {}) {
        await server.stop();
        await database?.drop();
        if (!keepFiles) rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database?.drop();
    throw error;
  }
}
