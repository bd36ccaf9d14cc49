import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { recordRepair } from "@/server/services/devices/repair";

export const POST = route(API.repairDevice, ({ ctx, params, body }) => recordRepair(ctx, params.id, body));
