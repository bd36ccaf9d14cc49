import type { ApiKeyView } from "../../../schemas/apiKeys";
import { forgetCachedApiKeys } from "../../auth/apiKeys";
import type { Database } from "../../db/database";
import { notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { apiKeyView } from "./view";

export async function revokeApiKey(db: Database, id: string): Promise<ApiKeyView> {
  const key = await db.prisma.apiKey.findUnique({ where: { id: requireUuid(id, "API key") } });
  if (!key) throw notFound(`API key ${id}`);
  const revoked = key.revokedAt ? key : await db.prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  forgetCachedApiKeys();
  return apiKeyView(revoked);
}
