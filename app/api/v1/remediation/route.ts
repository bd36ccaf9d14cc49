import { remediationQuerySchema } from "@/schemas/anomalies";
import { readQuery } from "@/server/http/body";
import { apiRoute, json } from "@/server/http/route";
import { exportRemediation, listRemediation, remediationCsv } from "@/server/queries/affectedDevices";

export const GET = apiRoute({ permission: "fleet:read" }, async ({ req, db }) => {
  const query = readQuery(req, remediationQuerySchema);
  const now = new Date();
  if (query.format === "json") return json(await listRemediation(db.sql, query, now));
  const filename = `ringwatch-remediation-${now.toISOString().slice(0, 19).replaceAll(":", "")}.csv`;
  return new Response(remediationCsv(await exportRemediation(db.sql, query, now)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
