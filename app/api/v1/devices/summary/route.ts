import { apiRoute, json } from "@/server/http/route";
import { deviceSummary } from "@/server/queries/devices";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ db }) => json(await deviceSummary(db.sql, new Date())));
