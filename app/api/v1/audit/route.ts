import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { auditCsv, exportAudit, listAudit } from "@/server/queries/audit";

export const GET = route(API.listAudit, async ({ ctx, query }) => {
  const { format, limit, cursor, ...asked } = query;
  const filter = { ...asked, seesSignIns: ctx.actor.permissions.has("settings:manage") };
  if (format === "json") return listAudit(ctx.db.sql, { ...filter, limit, cursor });
  const filename = `ringwatch-audit-${ctx.now.toISOString().slice(0, 19).replaceAll(":", "")}.csv`;
  return new Response(auditCsv(await exportAudit(ctx.db.sql, filter)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
