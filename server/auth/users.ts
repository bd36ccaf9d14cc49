import type { Database } from "../db/database";
import { isRole, permissionsOfRole } from "./permissions";
import type { Principal } from "./principal";
import { processWide } from "../processState";

const USER_CACHE_TTL_MS = 10_000;
type UserPrincipal = Extract<Principal, { kind: "user" }>;
const cache = processWide("users", () => new Map<string, { principal: UserPrincipal | null; expiresAt: number }>());

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
}

/** The session says who signed in; the database says whether they still may, and with which role now. */
export async function principalForUser(db: Database, userId: string, now = Date.now()): Promise<UserPrincipal | null> {
  const cached = cache.get(userId);
  if (cached && cached.expiresAt > now) return cached.principal;
  const [row] = await db.sql.query<UserRow>(
    "SELECT id, email, name, role FROM users WHERE id::text = $1 AND disabled_at IS NULL",
    [userId],
  );
  const principal =
    row && isRole(row.role)
      ? { kind: "user" as const, id: row.id, email: row.email, name: row.name, role: row.role, permissions: permissionsOfRole(row.role) }
      : null;
  cache.set(userId, { principal, expiresAt: now + USER_CACHE_TTL_MS });
  return principal;
}

export function forgetCachedUser(userId: string): void {
  cache.delete(userId);
}
