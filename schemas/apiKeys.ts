import { z } from "zod";
import { SCOPES, scopeSchema } from "./access";

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("first characters of the secret, to recognise it"),
  scopes: z.array(scopeSchema),
  rateLimitPerSec: z.number().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKeyView = z.infer<typeof apiKeySchema>;

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1).max(128),
  scopes: z.array(scopeSchema).min(1).max(SCOPES.length),
  rateLimitPerSec: z.number().int().min(1).max(100_000).optional(),
});

export const createdApiKeySchema = apiKeySchema.extend({
  secret: z.string().describe("shown once; store it now"),
});
