import { z } from "zod";

/** API-key scopes and user roles, as the contract names them. What each may do: server/auth/permissions.ts. */
export const SCOPES = ["ingest", "read", "operate", "admin"] as const;
export type Scope = (typeof SCOPES)[number];
export const scopeSchema = z.enum(SCOPES);

export const ROLES = ["viewer", "analyst", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
