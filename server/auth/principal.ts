import type { Permission, Role, Scope } from "./permissions";

/** Who is calling: a signed-in user or an API key, with what they may do. */
export type Principal =
  | { kind: "user"; id: string; email: string; name: string; role: Role; permissions: Set<Permission> }
  | { kind: "apiKey"; id: string; name: string; scopes: Scope[]; rateLimitPerSec: number | null; permissions: Set<Permission> };

export function actorLabel(principal: Principal): string {
  return principal.kind === "user" ? principal.email : `key:${principal.name}`;
}
