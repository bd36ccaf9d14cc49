import { ensureAdminUser, ensureBootstrapApiKey, ensureSessionSecret } from "./bootstrap";
import { appConfig } from "./config";
import { EMBEDDED_DURABILITY_NOTICE, getDatabase, type Database } from "./db/database";
import { processWide } from "./processState";

const shared = processWide("ready", (): { ready?: Promise<Database> } => ({}));

/** The database, migrated, with the secrets, key and admin that the environment asks for. */
export function ready(): Promise<Database> {
  shared.ready ??= (async () => {
    const db = await getDatabase();
    if (db.kind === "pglite") console.log(EMBEDDED_DURABILITY_NOTICE);
    const config = appConfig();
    await ensureSessionSecret(db, config.NEXTAUTH_SECRET);
    await ensureBootstrapApiKey(db, config.RINGWATCH_BOOTSTRAP_API_KEY);
    await ensureAdminUser(db, config.RINGWATCH_ADMIN_EMAIL, config.RINGWATCH_ADMIN_PASSWORD);
    return db;
  })().catch((error: unknown) => {
    shared.ready = undefined;
    throw error;
  });
  return shared.ready;
}
