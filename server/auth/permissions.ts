import { ROLE_PERMISSIONS, ROLES, SCOPE_PERMISSIONS, SCOPES, type Permission, type Role, type Scope } from "../../schemas/access";

export { PERMISSIONS, type Permission, type Role, type Scope } from "../../schemas/access";

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
