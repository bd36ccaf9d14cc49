import type { ApiKeyView } from "../../../schemas/apiKeys";
import { isScope } from "../../auth/permissions";

/** An api_keys row read with these columns fits apiKeyView. */
export const API_KEY_COLUMNS = `id::text AS id, name, prefix, scopes, rate_limit_per_sec AS "rateLimitPerSec", created_by AS "createdBy",
  created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  rateLimitPerSec: number | null;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function apiKeyView(key: ApiKeyRecord): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes.filter(isScope),
    rateLimitPerSec: key.rateLimitPerSec,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
