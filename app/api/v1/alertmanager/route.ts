import { apiRoute, json } from "@/server/http/route";
import { alertmanagerStatus } from "@/server/services/alertmanager/status";
import { serviceContext } from "@/server/services/context";

export const GET = apiRoute({ permission: "settings:manage" }, async ({ db, principal }) => json(await alertmanagerStatus(serviceContext(db, principal, new Date()))));
