import type { ApiKeyView } from "../../../schemas/apiKeys";
import type { ServiceContext } from "../context";
import { apiKeyView } from "./view";

export async function listApiKeys(ctx: ServiceContext): Promise<ApiKeyView[]> {
  const keys = await ctx.db.prisma.apiKey.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return keys.map(apiKeyView);
}
