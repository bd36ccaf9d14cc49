import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase } from "../../scripts/lib/pgDatabase";
import { testEnv } from "./env";

export interface TestStorage {
  /** Options for startAppServer: a fresh data folder or a fresh PostgreSQL database. */
  server: { dataDir?: string; databaseUrl?: string };
  dispose(): Promise<void>;
}

/** Fresh storage on the backend under test, so every run starts empty. */
export async function createTestStorage(prefix: string): Promise<TestStorage> {
  if (testEnv.backend === "postgres") {
    const scratch = await createScratchDatabase(prefix);
    return { server: { databaseUrl: scratch.url }, dispose: () => scratch.drop() };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  return { server: { dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}
