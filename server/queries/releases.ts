import type { ReleaseView } from "../../schemas/rollouts";
import type { Sql } from "../db/sql";
import { CURSOR, decodeCursor, keysetPage } from "./cursor";

export interface ReleaseRow {
  id: string;
  component: string;
  version: string;
  notes: string | null;
  created_by: string | null;
  created_at: Date;
}

export const RELEASE_COLUMNS = "id::text AS id, component, version, notes, created_by, created_at";

export function releaseView(row: ReleaseRow): ReleaseView {
  return {
    id: row.id,
    component: row.component,
    version: row.version,
    notes: row.notes,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function findRelease(sql: Sql, id: string): Promise<ReleaseRow | null> {
  const [row] = await sql.query<ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases WHERE id = $1`, [id]);
  return row ?? null;
}

export async function listReleases(sql: Sql, query: { limit: number; cursor?: string }) {
  const cursor = query.cursor ? decodeCursor(query.cursor, CURSOR.timeAndUuid) : null;
  const rows = await sql.query<ReleaseRow>(
    `SELECT ${RELEASE_COLUMNS} FROM releases ${cursor ? "WHERE (created_at, id::text) < ($2::timestamptz, $3)" : ""}
     ORDER BY created_at DESC, id::text DESC LIMIT $1`,
    cursor ? [query.limit + 1, cursor.value, cursor.id] : [query.limit + 1],
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, (last) => ({ value: new Date(last.created_at).toISOString(), id: last.id }));
  return { items: page.map(releaseView), nextCursor };
}
