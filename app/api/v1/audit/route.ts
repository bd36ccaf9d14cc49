import { API } from "@/schemas/api";
import { csvDownload } from "@/server/http/csvDownload";
import { route } from "@/server/http/route";
import { AUDIT_CSV_COLUMNS, auditPage, listAudit } from "@/server/queries/audit";

export const GET = route(API.listAudit, async ({ ctx, query }) => {
  const { format, limit, cursor, ...asked } = query;
  const filter = { ...asked, seesSignIns: ctx.actor.permissions.has("settings:manage") };
  if (format === "json") return listAudit(ctx.db.sql, { ...filter, limit, cursor });
  return csvDownload("audit", ctx.now, AUDIT_CSV_COLUMNS, (next, size) => auditPage(ctx.db.sql, { ...filter, limit: size, cursor: next }));
});
