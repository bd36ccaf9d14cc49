import { apiRoute, json } from "@/server/http/route";
import { detectionStatus } from "@/server/services/detection/status";
import { tickIntervalMs } from "@/worker/loop";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db, principal }) => json(await detectionStatus(serviceContext(db, principal, new Date()), tickIntervalMs() / 1000)));
