import { API } from "@/schemas/api";
import { csvDownload } from "@/server/http/csvDownload";
import { route } from "@/server/http/route";
import { REMEDIATION_CSV_COLUMNS, listRemediation, remediationPage } from "@/server/queries/affectedDevices";

export const GET = route(API.listRemediation, ({ ctx, query }) => {
  const { format, ...filter } = query;
  if (format === "json") return listRemediation(ctx.db.sql, filter, ctx.now);
  return csvDownload("remediation", ctx.now, REMEDIATION_CSV_COLUMNS, (cursor, limit) => remediationPage(ctx.db.sql, { ...filter, cursor, limit }, ctx.now));
});
