import type { z } from "zod";
import type { ApiKeyView, createApiKeySchema } from "../../../schemas/apiKeys";
import { displayPrefix, generateApiKeySecret, hashApiKey } from "../../auth/apiKeys";
import { actorLabel, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { apiKeyView } from "./view";

/** Only the hash is stored: the secret is returned here once and can never be shown again. */
export async function createApiKey(
  db: Database,
  actor: Principal,
  input: z.infer<typeof createApiKeySchema>,
): Promise<ApiKeyView & { secret: string }> {
  const secret = generateApiKeySecret();
  const key = await db.prisma.apiKey.create({
    data: {
      name: input.name,
      prefix: displayPrefix(secret),
      secretHash: hashApiKey(secret),
      scopes: [...new Set(input.scopes)],
      rateLimitPerSec: input.rateLimitPerSec ?? null,
      createdBy: actorLabel(actor),
    },
  });
  return { ...apiKeyView(key), secret };
}
