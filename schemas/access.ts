import { z } from "zod";

/** API-key scopes and user roles, as the contract names them, and what each may do. */
export const SCOPES = ["ingest", "read", "operate", "admin"] as const;
export type Scope = (typeof SCOPES)[number];
export const scopeSchema = z.enum(SCOPES);

export const ROLES = ["viewer", "analyst", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** What a route may require (each route in schemas/api names one); which scope and role grants which: server/auth/permissions.ts. */
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

/** The one permission table: what each API-key scope and each user role may do. */
export const SCOPE_PERMISSIONS: Record<Scope, readonly Permission[]> = {
  ingest: ["events:write", "manifest:read"],
  read: ["fleet:read"],
  operate: ["fleet:read", "anomalies:acknowledge", "anomalies:resolve", "deployments:operate"],
  admin: PERMISSIONS,
};

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ["fleet:read"],
  // Analysts say "seen"; only those who may act on the rollout may say "fixed" (resolving lifts a critical no_go).
  analyst: ["fleet:read", "anomalies:acknowledge"],
  operator: ["fleet:read", "anomalies:acknowledge", "anomalies:resolve", "deployments:operate"],
  admin: PERMISSIONS,
};

/** Who holds a permission: the scopes and roles the table grants it to (the API document and the authorization tests read it). */
export function holdersOf(permission: Permission): { scopes: Scope[]; roles: Role[] } {
  return {
    scopes: SCOPES.filter((scope) => SCOPE_PERMISSIONS[scope].includes(permission)),
    roles: ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission)),
  };
}

/** `GET /api/v1/me`: who the credentials name and what they may do. */
export const meSchema = z.object({
  kind: z.enum(["user", "apiKey"]),
  name: z.string(),
  email: z.string().optional(),
  role: roleSchema.optional(),
  scopes: z.array(scopeSchema).optional(),
  permissions: z.array(z.enum(PERMISSIONS)),
});
