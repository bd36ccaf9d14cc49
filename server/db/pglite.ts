import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { Sql } from "./sql";

type PGliteLike = Pick<PGlite, "query" | "exec"> | Transaction;

function wrap(conn: PGliteLike, root: PGlite): Sql {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await conn.query<Row>(text, params);
      return result.rows;
    },
    async exec(text: string) {
      await conn.exec(text);
    },
    transaction<T>(work: (tx: Sql) => Promise<T>) {
      // PGlite has one connection; a nested transaction would deadlock on its mutex.
      if (conn !== root) return work(wrap(conn, root));
      return root.transaction((tx) => work(wrap(tx, root)));
    },
  };
}

export function pgliteSql(db: PGlite): Sql {
  return wrap(db, db);
}
