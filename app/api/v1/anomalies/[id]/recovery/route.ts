import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { recoveryOfAnomaly } from "@/server/services/anomalies/recovery";

export const GET = route(API.anomalyRecovery, ({ ctx, params }) => recoveryOfAnomaly(ctx, params.id));
