import { notFound } from "@/server/http/errors";
import { requireUuid } from "@/server/http/params";
import { apiRoute, json } from "@/server/http/route";
import { getAnomalyDetail } from "@/server/queries/anomalies";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ db, params }) => {
  const detail = await getAnomalyDetail(db.sql, requireUuid(params.id, "Anomaly"), new Date());
  if (!detail) throw notFound(`Anomaly ${params.id}`);
  return json(detail);
});
