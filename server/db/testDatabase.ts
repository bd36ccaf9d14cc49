import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase } from "../../scripts/lib/pgDatabase";
import { openDatabase, type Database } from "./database";

/** Which backend the suites run on: `npm test` runs them once per backend. The suites' switch, not an app setting (server/config). */
export const TEST_BACKEND = process.env.RINGWATCH_TEST_BACKEND === "postgres" ? "postgres" : "pglite";

/** A fresh, migrated database on the backend under test; `close()` throws it away. */
export async function openTestDatabase(): Promise<Database> {
  if (TEST_BACKEND === "postgres") {
    const scratch = await createScratchDatabase("rw_unit");
    const db = await openDatabase({ databaseUrl: scratch.url });
    return {
      ...db,
      close: async () => {
        await db.close();
        await scratch.drop();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "rw-unit-"));
  const db = await openDatabase({ dataDir });
  return {
    ...db,
    close: async () => {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
