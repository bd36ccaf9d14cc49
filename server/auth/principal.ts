import { SYSTEM_ACTOR_LABEL } from "../../core/alerts/events";
import { permissionsOfRole, type Permission, type Role, type Scope } from "./permissions";

/**
 * Who is calling: a signed-in user or an API key, with what they may do. A user's `sessionId` is the
 * browser session the request came with (absent for principals made in tests and by the system).
 */
export type Principal =
  | { kind: "user"; id: string; email: string; name: string; role: Role; permissions: Set<Permission>; sessionId?: string }
  | { kind: "apiKey"; id: string; name: string; scopes: Scope[]; rateLimitPerSec: number | null; permissions: Set<Permission> }
  | { kind: "system"; id: "system"; name: "system"; permissions: Set<Permission> };

export function actorLabel(principal: Principal): string {
  if (principal.kind === "system") return SYSTEM_ACTOR_LABEL;
  return principal.kind === "user" ? principal.email : `key:${principal.name}`;
}

/** A signed-in user with the role's permissions, as the session would give (tests and system work). */
export function userPrincipal(role: Role, email: string, id = "00000000-0000-0000-0000-000000000000"): Principal {
  return { kind: "user", id, email, name: email.split("@")[0], role, permissions: permissionsOfRole(role) };
}
