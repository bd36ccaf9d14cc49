import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listAlerts } from "@/server/queries/alerts";

export const GET = route(API.listAlerts, ({ ctx, query }) => listAlerts(ctx.db.sql, query));
