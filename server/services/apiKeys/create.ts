import type { z } from "zod";
import type { ApiKeyView, createApiKeySchema } from "../../../schemas/apiKeys";
import { displayPrefix, generateApiKeySecret, hashApiKey } from "../../auth/apiKeys";
import { actorLabel } from "../../auth/principal";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { API_KEY_COLUMNS, apiKeyView, type ApiKeyRecord } from "./view";

/** Only the hash is stored: the secret is returned here once and can never be shown again (nor logged). */
export async function createApiKey(ctx: ServiceContext, input: z.infer<typeof createApiKeySchema>): Promise<ApiKeyView & { secret: string }> {
  const secret = generateApiKeySecret();
  const scopes = [...new Set(input.scopes)];
  const key = await ctx.db.sql.transaction(async (tx) => {
    const [row] = await tx.query<ApiKeyRecord>(
      `INSERT INTO api_keys (name, prefix, secret_hash, scopes, rate_limit_per_sec, created_by)
       VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING ${API_KEY_COLUMNS}`,
      [input.name, displayPrefix(secret), hashApiKey(secret), scopes, input.rateLimitPerSec ?? null, actorLabel(ctx.actor)],
    );
    await auditChange(tx, ctx, {
      action: "api_key.created",
      targetType: "api_key",
      targetId: row.id,
      targetName: row.name,
      after: { name: row.name, scopes: row.scopes, rateLimitPerSec: row.rateLimitPerSec },
    });
    return row;
  });
  return { ...apiKeyView(key), secret };
}
