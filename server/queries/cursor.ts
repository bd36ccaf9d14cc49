import { badRequest } from "../http/errors";

export interface Cursor {
  value: string;
  id: string;
}

/** Opaque to clients; a keyset position (sort value, id) so deep pages cost the same as the first. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (typeof value === "string" && typeof id === "string") return { value, id };
  } catch {
    // fall through to the error below
  }
  throw badRequest("The cursor is not one this API returned.", [{ path: "$.cursor", message: "pass nextCursor unchanged" }]);
}

/**
 * Splits rows fetched with LIMIT n + 1 into the page of n and the cursor of its last row (null when
 * that extra row did not come back: this is the last page).
 */
export function keysetPage<Row>(rows: Row[], limit: number, cursorOf: (last: Row) => Cursor): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}
