import { ANOMALY_ENDPOINTS } from "./anomalies";
import { CONTAINMENT_ENDPOINTS } from "./containment";
import type { EndpointDefinition } from "./endpoint";
import { FLEET_ENDPOINTS } from "./fleet";
import { ROLLOUT_ENDPOINTS } from "./rollouts";
import { SETTINGS_ENDPOINTS } from "./settings";
import { SYSTEM_ENDPOINTS } from "./system";

export * from "./endpoint";

/**
 * The route registry: every endpoint of the HTTP contract, by name. Route files bind a handler to
 * an entry (server/http/route.ts); nothing else declares a method, a path or a permission.
 */
export const API = { ...FLEET_ENDPOINTS, ...ROLLOUT_ENDPOINTS, ...ANOMALY_ENDPOINTS, ...CONTAINMENT_ENDPOINTS, ...SETTINGS_ENDPOINTS, ...SYSTEM_ENDPOINTS };
export type EndpointName = keyof typeof API;

export const ENDPOINTS: readonly EndpointDefinition[] = Object.values(API);
