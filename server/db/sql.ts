/** The small SQL surface that hot paths and the migrator use, identical on PGlite and PostgreSQL. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs several semicolon-separated statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export type DatabaseKind = "pglite" | "postgres";
