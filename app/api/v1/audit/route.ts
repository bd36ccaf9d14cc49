import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listAudit } from "@/server/queries/audit";

export const GET = route(API.listAudit, ({ ctx, query }) => listAudit(ctx.db.sql, query));
