import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { auditQuerySchema, listAudit } from "@/server/queries/audit";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => json(await listAudit(db.sql, readQuery(req, auditQuerySchema))));
