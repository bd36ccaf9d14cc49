-- Detection: anomalies per deployment x ring x kind, and the devices that showed each one.

CREATE TABLE anomalies (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL CHECK (kind IN ('crash_rate', 'boot_loop', 'heartbeat_loss')),
  severity        text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  status          text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
  deployment_id   uuid NOT NULL REFERENCES deployments (id),
  release_id      uuid NOT NULL REFERENCES releases (id),
  ring            text NOT NULL,
  component       text NOT NULL,
  version         text NOT NULL,
  summary         text NOT NULL,
  evidence        jsonb NOT NULL,
  suspects        jsonb NOT NULL DEFAULT '[]',
  detected_at     timestamptz(3) NOT NULL,
  updated_at      timestamptz(3) NOT NULL,
  -- last tick that still saw the signal; the healthy period for auto-resolve counts from here
  last_firing_at  timestamptz(3) NOT NULL,
  first_signal_at timestamptz(3),
  note            text,
  acknowledged_by text,
  acknowledged_at timestamptz(3),
  resolved_by     text,
  resolved_at     timestamptz(3)
);
-- one live anomaly per kind x deployment x ring: updated as evidence grows, never duplicated
CREATE UNIQUE INDEX anomalies_one_live_per_slice ON anomalies (deployment_id, ring, kind) WHERE status IN ('open', 'acknowledged');
CREATE INDEX anomalies_detected_idx ON anomalies (detected_at DESC, id DESC);
CREATE INDEX anomalies_status_idx ON anomalies (status, detected_at DESC);

CREATE TABLE anomaly_devices (
  anomaly_id  uuid NOT NULL REFERENCES anomalies (id) ON DELETE CASCADE,
  device_id   text NOT NULL,
  affected_at timestamptz(3) NOT NULL,
  PRIMARY KEY (anomaly_id, device_id)
);
CREATE INDEX anomaly_devices_device_idx ON anomaly_devices (device_id);
