import type { Permission } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import { forbidden } from "./errors";

/** Refused unless the actor holds the permission: for routes' own permission, and for checks that depend on the input. */
export function requirePermission(actor: Principal, permission: Permission): void {
  if (actor.permissions.has(permission)) return;
  const who = actor.kind === "user" ? `role (${actor.role})` : actor.kind === "apiKey" ? "API key's scope" : "caller";
  throw forbidden(`This ${who} may not ${permission.replace(":", " ")}.`);
}
