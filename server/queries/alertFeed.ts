import { DEPLOYMENT_ALERT_TYPES, SYSTEM_ACTOR_LABEL } from "../../core/alerts/events";
import { TEST_ALERT_TYPE } from "../../schemas/webhooks";

/**
 * The outbox rows `o` that are in-app alerts: not webhook test probes, and not routine progress
 * (core/alerts/events.ts isRoutineProgress, the same rule). Constants only: safe to inline.
 */
export const IN_FEED_SQL = `(o.type <> '${TEST_ALERT_TYPE}'
  AND NOT (o.type = '${DEPLOYMENT_ALERT_TYPES.promote}' AND coalesce(o.payload -> 'data' ->> 'actor', '') = '${SYSTEM_ACTOR_LABEL}'))`;
