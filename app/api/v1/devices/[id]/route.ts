import { notFound } from "@/server/http/errors";
import { apiRoute, json } from "@/server/http/route";
import { getDevice } from "@/server/queries/devices";

export const GET = apiRoute<{ id: string }>({ permission: "fleet:read" }, async ({ params, db }) => {
  const device = await getDevice(db.sql, params.id, new Date());
  if (!device) throw notFound(`Device "${params.id}"`);
  return json(device);
});
