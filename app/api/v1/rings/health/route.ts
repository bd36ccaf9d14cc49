import { apiRoute, json } from "@/server/http/route";
import { ringHealthSnapshot } from "@/server/queries/ringHealthSnapshot";

/** Served from a snapshot at most a few seconds old; `asOf` says when it was computed. */
export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => {
  const snapshot = await ringHealthSnapshot(db);
  return json({ items: snapshot.items, nextCursor: null, asOf: new Date(snapshot.asOf).toISOString() });
});
