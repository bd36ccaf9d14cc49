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
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(clientSql(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
