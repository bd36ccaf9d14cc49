/** The background worker alone (`npm run worker`), e.g. on a separate host next to several web instances. */
import { configOrExit } from "../server/config";
import { databaseConfig, openDatabase } from "../server/db/database";
import { startWorker } from "./loop";

const db = await openDatabase(databaseConfig(configOrExit("worker")));
const worker = startWorker(db);
console.log(`[worker] running against ${db.kind}; Ctrl-C stops it`);
const shutdown = async () => {
  await worker.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
