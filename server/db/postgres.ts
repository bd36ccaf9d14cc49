import pg from "pg";
import type { Sql } from "./sql";

// Return timestamps and bigints the way PGlite does, so callers see the same shapes on both backends.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

function clientSql(client: pg.PoolClient): Sql {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query(text, params);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await client.query(text);
    },
    transaction: (work) => work(clientSql(client)),
  };
}

/** Deadlock and serialization failures: PostgreSQL rolled the whole transaction back, so it is safe to run again. */
const RETRYABLE = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 3;

async function runOnce<T>(pool: pg.Pool, work: (tx: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(clientSql(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: unknown) => console.error("[db] rollback failed", rollbackError));
    throw error;
  } finally {
    client.release();
  }
}

export function postgresSql(pool: pg.Pool): Sql {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await runOnce(pool, work);
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? "")) throw error;
        }
      }
    },
  };
}
