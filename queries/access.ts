/**
 * Users and API keys as the settings pages see them. The shapes come from the server's schemas;
 * this file is the one place the client names them, so a schema change is a one-file swap.
 */
import { ROLES, SCOPES, type Role, type Scope } from "@/schemas/access";
import type { API, BodyInputOf, ResponseOf } from "@/schemas/api";
import type { ApiKeyView } from "@/schemas/apiKeys";
import type { UserView } from "@/schemas/users";

export type { Role, Scope };
export type User = UserView;
export type ApiKey = ApiKeyView;
export type CreatedApiKey = ResponseOf<typeof API.createApiKey>;
export type CreateUserInput = BodyInputOf<typeof API.createUser>;
export type UpdateUserInput = BodyInputOf<typeof API.updateUser>;
export type CreateApiKeyInput = BodyInputOf<typeof API.createApiKey>;

/** The server's password rule, so the form can say it before submitting. */
export { MIN_PASSWORD_LENGTH } from "@/schemas/users";
export { ROLES, SCOPES };

/** What each role may do, in words; a Record so a new role fails the type check until described. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Read fleet, rollouts and anomalies",
  analyst: "Viewer, plus acknowledge anomalies",
  operator: "Analyst, plus resolve anomalies and pause, resume, halt and roll back deployments",
  admin: "Everything, including users, keys, rings and webhooks",
};

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  ingest: "Send events and read the manifest (agents, relays)",
  read: "Read every GET endpoint",
  operate: "Deployment actions, anomaly acknowledge and resolve",
  admin: "Everything, including rings, webhooks and keys",
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
