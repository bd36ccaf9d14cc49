import { apiRoute, json } from "@/server/http/route";
import { alertmanagerStatus } from "@/server/services/alertmanager/status";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db }) => json(await alertmanagerStatus(db)));
