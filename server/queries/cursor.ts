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
