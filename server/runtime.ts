import { ensureAdminUser, ensureBootstrapApiKey, ensureSessionSecret } from "./bootstrap";
import { getDatabase, type Database } from "./db/database";

const shared = globalThis as typeof globalThis & { __ringwatchReady?: Promise<Database> };

/** The database, migrated, with the secrets, key and admin that the environment asks for. */
export function ready(): Promise<Database> {
  shared.__ringwatchReady ??= (async () => {
    const db = await getDatabase();
    await ensureSessionSecret(db);
    await ensureBootstrapApiKey(db, process.env.RINGWATCH_BOOTSTRAP_API_KEY);
    await ensureAdminUser(db, process.env.RINGWATCH_ADMIN_EMAIL, process.env.RINGWATCH_ADMIN_PASSWORD);
    return db;
  })().catch((error: unknown) => {
    shared.__ringwatchReady = undefined;
    throw error;
  });
  return shared.__ringwatchReady;
}
