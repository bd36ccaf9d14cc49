import { deviceListQuerySchema } from "@/schemas/devices";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { listDevices } from "@/server/queries/devices";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) =>
  json(await listDevices(db.sql, readQuery(req, deviceListQuerySchema), new Date())),
);
