/**
 * Users and API keys as the settings pages see them. The shapes come from the server's schemas;
 * this file is the one place the client names them, so a schema change is a one-file swap.
 */
import type { ApiKeyView } from "@/schemas/apiKeys";
import type { Role, Scope } from "@/schemas/access";
import type { UserView } from "@/schemas/users";

export type { Role, Scope };
export type User = UserView;
export type ApiKey = ApiKeyView;
export type CreatedApiKey = ApiKeyView & { secret: string };

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface UpdateUserInput {
  role?: Role;
  disabled?: boolean;
}

export interface CreateApiKeyInput {
  name: string;
  scopes: Scope[];
  rateLimitPerSec?: number;
}

/** Mirrors the server's password rule (schemas/users) so the form can say it before submitting. */
export const MIN_PASSWORD_LENGTH = 10;

/** What each role may do, in words; a Record so a new role fails the type check until described. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Read fleet, rollouts and anomalies",
  analyst: "Viewer, plus acknowledge anomalies",
  operator: "Analyst, plus resolve anomalies and pause, resume, halt and roll back deployments",
  admin: "Everything, including users, keys, rings and webhooks",
};
export const ROLES = Object.keys(ROLE_DESCRIPTIONS) as Role[];

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  ingest: "Send events and read the manifest (agents, relays)",
  read: "Read every GET endpoint",
  operate: "Deployment actions, anomaly acknowledge and resolve",
  admin: "Everything, including rings, webhooks and keys",
};
export const SCOPES = Object.keys(SCOPE_DESCRIPTIONS) as Scope[];

export const isRole = (value: string): value is Role => (ROLES as string[]).includes(value);
