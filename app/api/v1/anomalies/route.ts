import { API } from "@/schemas/api";
import { csvDownload } from "@/server/http/csvDownload";
import { route } from "@/server/http/route";
import { ANOMALY_CSV_COLUMNS, anomalyPage, listAnomalies } from "@/server/queries/anomalies";

export const GET = route(API.listAnomalies, ({ ctx, query }) => {
  const { format, ...filter } = query;
  if (format === "json") return listAnomalies(ctx.db.sql, filter);
  return csvDownload("anomalies", ctx.now, ANOMALY_CSV_COLUMNS, (cursor, limit) => anomalyPage(ctx.db.sql, { ...filter, cursor, limit }));
});
