import { z } from "zod";
import { storableText } from "../../schemas/storable";
import { invalid } from "../services/errors";

export interface Cursor {
  value: string;
  id: string;
}

/** Opaque to clients; a keyset position (sort value, id) so deep pages cost the same as the first. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

const EARLIEST_STORABLE = Date.parse("0001-01-01T00:00:00Z");
const time = z.iso.datetime({ offset: true }).refine((value) => Date.parse(value) >= EARLIEST_STORABLE, "a time PostgreSQL can hold");
const none = z.literal("");
// A bigint identity column, kept within what a JavaScript number holds exactly.
const serial = z.string().regex(/^[1-9][0-9]{0,14}$/, "a row number");

/**
 * What each list keys its pages on, as PostgreSQL will cast it: a forged cursor is a 400 here,
 * never a cast error (500) in the query.
 */
export const CURSOR = {
  timeAndUuid: z.tuple([time, z.guid()]),
  timeAndText: z.tuple([time, storableText()]),
  text: z.tuple([none, storableText()]),
  textAndText: z.tuple([storableText(), storableText()]),
  serial: z.tuple([none, serial]),
};
export type CursorShape = (typeof CURSOR)[keyof typeof CURSOR];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

export function decodeCursor(text: string, shape: CursorShape): Cursor {
  const parsed = shape.safeParse(parseJson(text));
  if (!parsed.success) throw invalid("The cursor is not one this API returned.", [{ path: "$.cursor", message: "pass nextCursor unchanged" }]);
  const [value, id] = parsed.data;
  return { value, id };
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
