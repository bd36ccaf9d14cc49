import { API } from "@/schemas/api";
import { requireUuid } from "@/server/http/params";
import { route } from "@/server/http/route";
import { listAffectedDevices } from "@/server/queries/affectedDevices";

export const GET = route(API.anomalyDevices, ({ ctx, params, query }) => listAffectedDevices(ctx.db.sql, requireUuid(params.id, "Anomaly"), query, ctx.now));
