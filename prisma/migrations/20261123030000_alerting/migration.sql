-- Alerting: webhook endpoints, the transactional outbox of alert events, and per-endpoint deliveries.

CREATE TABLE webhooks (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url                  text NOT NULL,
  format               text NOT NULL CHECK (format IN ('json', 'slack', 'pagerduty', 'teams')),
  -- json: the whsec_ signing secret; pagerduty: the routing key. Kept readable because signing needs it.
  secret               text,
  min_severity         text NOT NULL DEFAULT 'info' CHECK (min_severity IN ('info', 'warning', 'critical')),
  -- filters: NULL or empty = every ring / every event type
  rings                text[],
  events               text[],
  enabled              boolean NOT NULL DEFAULT true,
  failing_since        timestamptz(3),
  consecutive_failures integer NOT NULL DEFAULT 0,
  created_by           text,
  created_at           timestamptz(3) NOT NULL DEFAULT now(),
  updated_at           timestamptz(3) NOT NULL DEFAULT now()
);

-- One row per alert event, written in the same transaction as the change it reports.
CREATE TABLE alert_outbox (
  id         bigserial PRIMARY KEY,
  type       text NOT NULL,
  severity   text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  ring       text,
  payload    jsonb NOT NULL,
  created_at timestamptz(3) NOT NULL
);

CREATE TABLE webhook_deliveries (
  id               bigserial PRIMARY KEY,
  webhook_id       uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  outbox_id        bigint NOT NULL REFERENCES alert_outbox (id),
  -- sent as `webhook-id` on every attempt, so receivers can drop duplicates
  message_id       text NOT NULL UNIQUE,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'dead')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz(3) NOT NULL,
  last_attempt_at  timestamptz(3),
  last_status_code integer,
  last_latency_ms  integer,
  last_response    text,
  last_error       text,
  delivered_at     timestamptz(3),
  created_at       timestamptz(3) NOT NULL
);
-- the dispatcher looks for each endpoint's oldest undelivered message
CREATE INDEX webhook_deliveries_undelivered_idx ON webhook_deliveries (webhook_id, id) WHERE status IN ('pending', 'failed');
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, id DESC);

CREATE TABLE webhook_delivery_attempts (
  id           bigserial PRIMARY KEY,
  delivery_id  bigint NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempted_at timestamptz(3) NOT NULL,
  status_code  integer,
  latency_ms   integer NOT NULL,
  response     text,
  error        text,
  outcome      text NOT NULL CHECK (outcome IN ('delivered', 'failed', 'dead'))
);
CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (delivery_id, id DESC);
