import { alertListQuerySchema } from "@/schemas/alerts";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listAlerts } from "@/server/queries/alerts";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => json(await listAlerts(db.sql, readQuery(req, alertListQuerySchema))));
