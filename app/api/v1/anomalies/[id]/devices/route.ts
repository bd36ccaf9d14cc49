import { affectedDeviceQuerySchema } from "@/schemas/anomalies";
import { readQuery } from "@/server/http/body";
import { requireUuid } from "@/server/http/params";
import { apiRoute, json } from "@/server/http/route";
import { listAffectedDevices } from "@/server/queries/affectedDevices";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ req, db, params }) =>
  json(await listAffectedDevices(db.sql, requireUuid(params.id, "Anomaly"), readQuery(req, affectedDeviceQuerySchema), new Date())),
);
