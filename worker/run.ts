/** The background worker alone (`npm run worker`), e.g. on a separate host next to several web instances. */
import { configOrExit } from "../server/config";
import { databaseConfig, openDatabase } from "../server/db/database";
import { startWorker } from "./loop";

const db = await openDatabase(databaseConfig(configOrExit("worker")));
const worker = startWorker(db);
console.log(`[worker] running against ${db.kind}; Ctrl-C stops it`);
let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  worker
    .stop()
    .then(() => db.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("[worker] could not stop cleanly:", error);
        process.exit(1);
      },
    );
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
