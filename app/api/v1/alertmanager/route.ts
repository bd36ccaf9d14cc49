import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { alertmanagerStatus } from "@/server/services/alertmanager/status";

export const GET = route(API.alertmanagerStatus, ({ ctx }) => alertmanagerStatus(ctx));
