/**
 * Ingest benchmark: how many heartbeat events per second the production server stores, on PostgreSQL
 * and on the embedded PGlite, next to what the database itself takes by COPY (the ceiling).
 *
 *   npm run build && npm run bench:ingest -- [--backends postgres,pglite] [--events N] [--batch 2000]
 *                                            [--clients 4] [--gzip] [--devices 100000] [--json out.json]
 */
import { writeFile } from "node:fs/promises";
import { assertProductionBuild, repoRoot } from "../lib/appServer";
import { runBackend, type BackendResult } from "./backendRun";
import { readConfig } from "./config";
import { printSummary } from "./report";

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  assertProductionBuild(repoRoot());
  const abort = { current: new AbortController() };
  let interrupted = false;
  process.on("SIGINT", () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error("\n[bench] interrupted: cleaning up (Ctrl-C again to quit at once)");
    abort.current.abort(new Error("interrupted"));
  });
  const results: BackendResult[] = [];
  for (const backend of config.backends) {
    if (interrupted) break;
    abort.current = new AbortController();
    results.push(await runBackend(backend, config, abort.current));
  }
  printSummary(results, config);
  if (config.jsonOut) await writeFile(config.jsonOut, `${JSON.stringify({ config, results }, null, 2)}\n`);
  process.exitCode = interrupted ? 130 : results.some((r) => r.error) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
