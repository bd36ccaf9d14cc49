import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { markAlertsRead } from "@/server/services/alerts/markRead";

export const POST = route(API.markAlertsRead, ({ ctx, body }) => markAlertsRead(ctx, body));
