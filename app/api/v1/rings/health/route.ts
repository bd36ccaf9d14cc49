import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { ringHealthWithAnomalies } from "@/server/queries/ringHealthSnapshot";

/** Device counts come from a snapshot at most a few seconds old (`asOf`); open anomalies are live. */
export const GET = route(API.ringHealth, async ({ ctx }) => {
  const snapshot = await ringHealthWithAnomalies(ctx.db);
  return { items: snapshot.items, nextCursor: null, asOf: new Date(snapshot.asOf).toISOString() };
});
