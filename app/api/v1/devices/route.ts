import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { listDevices } from "@/server/queries/devices";

export const GET = route(API.listDevices, ({ ctx, query }) => listDevices(ctx.db.sql, query, ctx.now));
