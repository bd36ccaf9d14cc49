import { API } from "@/schemas/api";
import { csvDownload } from "@/server/http/csvDownload";
import { route } from "@/server/http/route";
import { DEVICE_CSV_COLUMNS, devicePage, listDevices } from "@/server/queries/devices";

export const GET = route(API.listDevices, ({ ctx, query }) => {
  const { format, ...filter } = query;
  if (format === "json") return listDevices(ctx.db.sql, filter, ctx.now);
  return csvDownload("devices", ctx.now, DEVICE_CSV_COLUMNS, (cursor, limit) => devicePage(ctx.db.sql, { ...filter, cursor, limit }, ctx.now));
});
