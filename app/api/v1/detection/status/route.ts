import { apiRoute, json } from "@/server/http/route";
import { detectionStatus } from "@/server/services/detection/status";
import { tickIntervalMs } from "@/worker/loop";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json(await detectionStatus(db.sql, tickIntervalMs() / 1000, new Date())));
