-- Foundation: users, API keys, rings, device current state, append-only events.

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL UNIQUE,
  name          text NOT NULL,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('viewer', 'analyst', 'operator', 'admin')),
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  disabled_at   timestamptz(3)
);

CREATE TABLE api_keys (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name               text NOT NULL,
  prefix             text NOT NULL,
  secret_hash        text NOT NULL UNIQUE,
  scopes             text[] NOT NULL,
  rate_limit_per_sec integer CHECK (rate_limit_per_sec > 0),
  created_by         text,
  created_at         timestamptz(3) NOT NULL DEFAULT now(),
  last_used_at       timestamptz(3),
  revoked_at         timestamptz(3)
);

CREATE TABLE rings (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL UNIQUE,
  "order"    integer NOT NULL,
  percent    double precision NOT NULL CHECK (percent >= 0 AND percent <= 100),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

INSERT INTO rings (name, "order", percent) VALUES ('canary', 0, 1), ('early', 1, 9), ('broad', 2, 90);

-- One row per device: its current state, maintained by ingest in the same transaction as its events.
CREATE TABLE devices (
  device_id         text PRIMARY KEY,
  hash_bucket       integer NOT NULL,
  first_seen_at     timestamptz(3) NOT NULL,
  last_seen_at      timestamptz(3) NOT NULL,
  last_heartbeat_at timestamptz(3),
  boot_id           text,
  interval_sec      integer,
  uptime_sec        integer,
  hostname          text,
  os                text,
  os_version        text,
  model             text,
  ring_pin          text,
  -- null until the agent reports tags (a heartbeat without tags keeps the last ones)
  tags              jsonb,
  versions          jsonb NOT NULL DEFAULT '{}',
  last_crash_at     timestamptz(3),
  last_crash_kind   text,
  -- recent crash signals [{at, source}] within the boot-loop window (see core/devices/merge.ts)
  crash_signals     jsonb NOT NULL DEFAULT '[]',
  -- latest heartbeat that reported a stable uptime; a later crash-boot restarts the count
  stable_at         timestamptz(3),
  -- set while the device is in a boot loop (clock-independent, so stored rather than derived)
  boot_loop_at      timestamptz(3)
) WITH (fillfactor = 80);
-- Few indexes, none on columns a heartbeat changes: heartbeat updates stay HOT (no index writes).
CREATE INDEX devices_boot_loop_idx ON devices (boot_loop_at) WHERE boot_loop_at IS NOT NULL;
CREATE INDEX devices_hash_bucket_idx ON devices (hash_bucket);
CREATE INDEX devices_ring_pin_idx ON devices (ring_pin) WHERE ring_pin IS NOT NULL;

-- Append-only. dedupe_key is a UUID digest of the contract's dedupe key (eventId, else type+device+ts):
-- 16 bytes keep the unique index small, and a re-sent event costs one index probe.
-- Partitioning by ts later means moving dedupe to (dedupe_key, ts) or a side table.
CREATE TABLE events (
  dedupe_key  uuid PRIMARY KEY,
  type        text NOT NULL,
  device_id   text NOT NULL,
  ts          timestamptz(3) NOT NULL,
  received_at timestamptz(3) NOT NULL DEFAULT now(),
  boot_id     text,
  -- the event's own fields (type, deviceId and ts live in the columns above); json, not jsonb:
  -- stored as sent, ~25% cheaper to insert, and only read whole (timelines) or by a few keys
  payload     json NOT NULL
);
CREATE INDEX events_device_ts_idx ON events (device_id, ts DESC);
-- Events arrive roughly in time order, so a BRIN index serves time windows at a fraction of a btree's write cost.
CREATE INDEX events_ts_brin ON events USING brin (ts) WITH (pages_per_range = 32);

-- Server-generated settings that must survive restarts (e.g. the session signing secret).
CREATE TABLE app_settings (
  key        text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
