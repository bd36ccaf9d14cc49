import { API } from "@/schemas/api";
import { notFound } from "@/server/http/errors";
import { requireUuid } from "@/server/http/params";
import { route } from "@/server/http/route";
import { getAnomalyDetail } from "@/server/queries/anomalies";

export const GET = route(API.getAnomaly, async ({ ctx, params }) => {
  const detail = await getAnomalyDetail(ctx.db.sql, requireUuid(params.id, "Anomaly"), ctx.now);
  if (!detail) throw notFound(`Anomaly ${params.id}`);
  return detail;
});
