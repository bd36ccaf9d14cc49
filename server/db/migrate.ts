import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DatabaseKind, Sql } from "./sql";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// Any constant works; it only has to be the same in every Ringwatch process.
const MIGRATION_LOCK_ID = 724_2024;

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Applies each pending migration in its own transaction; safe with several app instances starting at once. */
export async function migrate(sql: Sql, kind: DatabaseKind): Promise<string[]> {
  await sql.exec("CREATE TABLE IF NOT EXISTS _ringwatch_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const applied: string[] = [];
  for (const name of await migrationNames()) {
    const script = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    const didApply = await sql.transaction(async (tx) => {
      if (kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
      const done = await tx.query("SELECT 1 FROM _ringwatch_migrations WHERE name = $1", [name]);
      if (done.length > 0) return false;
      await tx.exec(script);
      await tx.query("INSERT INTO _ringwatch_migrations (name) VALUES ($1)", [name]);
      return true;
    });
    if (didApply) applied.push(name);
  }
  return applied;
}
