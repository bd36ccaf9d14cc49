import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listAnomalies } from "@/server/queries/anomalies";

export const GET = route(API.listAnomalies, ({ ctx, query }) => listAnomalies(ctx.db.sql, query));
