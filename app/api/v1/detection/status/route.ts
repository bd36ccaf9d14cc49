import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { detectionStatus } from "@/server/services/detection/status";
import { tickIntervalMs } from "@/worker/loop";

export const GET = route(API.detectionStatus, ({ ctx }) => detectionStatus(ctx, tickIntervalMs() / 1000));
