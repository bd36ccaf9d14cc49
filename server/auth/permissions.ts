import { ROLES, SCOPES, type Role, type Scope } from "../../schemas/access";

/** The one permission table: what each API-key scope and each user role may do. */
export const PERMISSIONS = [
  "events:write",
  "manifest:read",
  "fleet:read",
  "anomalies:acknowledge",
  "anomalies:resolve",
  "deployments:operate",
  "settings:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type { Role, Scope } from "../../schemas/access";

const SCOPE_PERMISSIONS: Record<Scope, readonly Permission[]> = {
  ingest: ["events:write", "manifest:read"],
  read: ["fleet:read"],
  operate: ["fleet:read", "anomalies:acknowledge", "anomalies:resolve", "deployments:operate"],
  admin: PERMISSIONS,
};

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ["fleet:read"],
  // Analysts say "seen"; only those who may act on the rollout may say "fixed" (resolving lifts a critical no_go).
  analyst: ["fleet:read", "anomalies:acknowledge"],
  operator: ["fleet:read", "anomalies:acknowledge", "anomalies:resolve", "deployments:operate"],
  admin: PERMISSIONS,
};

export function permissionsOfScopes(scopes: readonly Scope[]): Set<Permission> {
  return new Set(scopes.flatMap((scope) => SCOPE_PERMISSIONS[scope] ?? []));
}

export function permissionsOfRole(role: Role): Set<Permission> {
  return new Set(ROLE_PERMISSIONS[role] ?? []);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isScope(value: unknown): value is Scope {
  return typeof value === "string" && (SCOPES as readonly string[]).includes(value);
}
