import { auditQuerySchema } from "@/schemas/audit";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { auditCsv, exportAudit, listAudit } from "@/server/queries/audit";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => {
  const { format, limit, cursor, ...filter } = readQuery(req, auditQuerySchema);
  if (format === "json") return json(await listAudit(db.sql, { ...filter, limit, cursor }));
  const filename = `ringwatch-audit-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.csv`;
  return new Response(auditCsv(await exportAudit(db.sql, filter)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
