import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { overviewHistory } from "@/server/queries/overviewHistory";

export const GET = route(API.overviewHistory, ({ ctx, query }) => overviewHistory(ctx.db.sql, ctx.now, query.days));
