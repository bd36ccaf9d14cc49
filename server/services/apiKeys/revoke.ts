import type { ApiKeyView } from "../../../schemas/apiKeys";
import { forgetCachedApiKeys } from "../../auth/apiKeys";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { notFound, requireUuid } from "../errors";
import { API_KEY_COLUMNS, apiKeyView, type ApiKeyRecord } from "./view";

/** Revoking twice is harmless: the key stays revoked since the first time, and only that time is audited. */
export async function revokeApiKey(ctx: ServiceContext, id: string): Promise<ApiKeyView> {
  const revoked = await ctx.db.sql.transaction(async (tx) => {
    const [key] = await tx.query<ApiKeyRecord>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = $1 FOR UPDATE`, [requireUuid(id, "API key")]);
    if (!key) throw notFound(`API key ${id}`);
    if (key.revokedAt) return key;
    const [row] = await tx.query<ApiKeyRecord>(`UPDATE api_keys SET revoked_at = $2 WHERE id = $1 RETURNING ${API_KEY_COLUMNS}`, [id, ctx.now.toISOString()]);
    await auditChange(tx, ctx, {
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: id,
      targetName: key.name,
      before: { status: "active" },
      after: { status: "revoked" },
    });
    return row;
  });
  forgetCachedApiKeys();
  return apiKeyView(revoked);
}
