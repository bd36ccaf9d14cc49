import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { deviceSummary } from "@/server/queries/devices";

export const GET = route(API.deviceSummary, ({ ctx }) => deviceSummary(ctx.db.sql, ctx.now));
