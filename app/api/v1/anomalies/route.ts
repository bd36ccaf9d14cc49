import { anomalyListQuerySchema } from "@/schemas/anomalies";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listAnomalies } from "@/server/queries/anomalies";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => json(await listAnomalies(db.sql, readQuery(req, anomalyListQuerySchema))));
