import { principalForApiKey } from "../auth/apiKeys";
import type { Permission } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { Database } from "../db/database";
import { requirePermission } from "../services/authorize";
import { unauthorized } from "./errors";
import { enforceRateLimit } from "./rateLimit";
import { refusalFor } from "./unauthenticatedLimit";

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The caller named by an Authorization header: a known, unrevoked API key, or a 401 (a 429 once the
 * client address has sent too many requests without valid credentials). Valid keys have their own limit.
 */
export async function principalForAuthorization(db: Database, authorization: string, address: string, nowMs = Date.now()): Promise<Principal> {
  const match = BEARER.exec(authorization);
  if (!match) throw refusalFor(address, unauthorized("The Authorization header must be `Bearer <api key>`."), nowMs);
  const principal = await principalForApiKey(db, match[1], nowMs);
  if (!principal) throw refusalFor(address, unauthorized("The API key is unknown or revoked."), nowMs);
  return principal;
}

/** After authentication, for every request: the permission the endpoint names, then the key's rate limit. */
export function admit(principal: Principal, permission: Permission): void {
  requirePermission(principal, permission);
  if (principal.kind === "apiKey") enforceRateLimit(principal.id, principal.rateLimitPerSec);
}
