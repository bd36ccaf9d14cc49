import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { exportRemediation, listRemediation, remediationCsv } from "@/server/queries/affectedDevices";

export const GET = route(API.listRemediation, async ({ ctx, query }) => {
  if (query.format === "json") return listRemediation(ctx.db.sql, query, ctx.now);
  const filename = `ringwatch-remediation-${ctx.now.toISOString().slice(0, 19).replaceAll(":", "")}.csv`;
  return new Response(remediationCsv(await exportRemediation(ctx.db.sql, query, ctx.now)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
