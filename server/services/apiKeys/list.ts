import type { ApiKeyView } from "../../../schemas/apiKeys";
import type { Database } from "../../db/database";
import { apiKeyView } from "./view";

export async function listApiKeys(db: Database): Promise<ApiKeyView[]> {
  const keys = await db.prisma.apiKey.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return keys.map(apiKeyView);
}
