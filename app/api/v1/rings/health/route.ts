import { apiRoute, json } from "@/server/http/route";
import { ringHealthWithAnomalies } from "@/server/queries/ringHealthSnapshot";

/** Device counts come from a snapshot at most a few seconds old (`asOf`); open anomalies are live. */
export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => {
  const snapshot = await ringHealthWithAnomalies(db);
  return json({ items: snapshot.items, nextCursor: null, asOf: new Date(snapshot.asOf).toISOString() });
});
