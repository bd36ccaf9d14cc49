import { API } from "@/schemas/api";
import { notFound } from "@/server/http/errors";
import { route } from "@/server/http/route";
import { getDevice } from "@/server/queries/devices";

export const GET = route(API.getDevice, async ({ ctx, params }) => {
  const device = await getDevice(ctx.db.sql, params.id, ctx.now);
  if (!device) throw notFound(`Device "${params.id}"`);
  return device;
});
