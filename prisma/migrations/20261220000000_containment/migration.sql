-- Containment and recovery (issue 14).

-- Waves within a ring: cumulative shares of the ring, and when each wave started. The current wave is
-- the last one started; a stage without waves is one wave at 100%.
ALTER TABLE deployment_stages ADD COLUMN waves double precision[] NOT NULL DEFAULT '{100}';
ALTER TABLE deployment_stages ADD COLUMN wave_started_at timestamptz(3)[] NOT NULL DEFAULT '{}';
UPDATE deployment_stages SET wave_started_at = ARRAY[started_at] WHERE started_at IS NOT NULL;

-- Which wave of its ring's stage a device was exposed in.
ALTER TABLE exposures ADD COLUMN wave integer NOT NULL DEFAULT 0;

-- What a critical anomaly confined to one cohort does, and the per-wave exposure budgets.
ALTER TABLE deployments ADD COLUMN on_cohort_anomaly text NOT NULL DEFAULT 'pause' CHECK (on_cohort_anomaly IN ('pause', 'hold'));
ALTER TABLE deployments ADD COLUMN budgets jsonb NOT NULL DEFAULT '[]';

-- Targeted holds: a cohort the manifest stops offering the release to. Released holds stay for the record.
CREATE TABLE deployment_holds (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  deployment_id  uuid NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  dimension      text NOT NULL,
  value          text NOT NULL,
  reason         text NOT NULL,
  revert         boolean NOT NULL DEFAULT false,
  anomaly_id     uuid REFERENCES anomalies (id) ON DELETE SET NULL,
  created_at     timestamptz(3) NOT NULL,
  created_by     text NOT NULL,
  released_at    timestamptz(3),
  released_by    text,
  release_reason text
);
CREATE INDEX deployment_holds_deployment ON deployment_holds (deployment_id, created_at DESC);
CREATE UNIQUE INDEX deployment_holds_one_active ON deployment_holds (deployment_id, dimension, value) WHERE released_at IS NULL;
-- A hold changes what the manifest answers: it moves the plan's revision like any other plan change.
CREATE TRIGGER deployment_holds_plan_revision AFTER INSERT OR UPDATE OR DELETE ON deployment_holds
  FOR EACH STATEMENT EXECUTE FUNCTION bump_rollout_plan_revision();

-- Kill-switch reach: each stop (pause, halt, roll back, hold) with the devices exposed before it, and
-- when each first fetched a manifest decided on the plan after it.
CREATE TABLE deployment_stops (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  deployment_id uuid NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  action        text NOT NULL CHECK (action IN ('pause', 'halt', 'rollback', 'hold')),
  hold_id       uuid REFERENCES deployment_holds (id) ON DELETE SET NULL,
  at            timestamptz(3) NOT NULL,
  plan_revision bigint NOT NULL,
  actor         text NOT NULL
);
CREATE INDEX deployment_stops_deployment ON deployment_stops (deployment_id, at DESC);

CREATE TABLE stop_targets (
  stop_id    uuid NOT NULL REFERENCES deployment_stops (id) ON DELETE CASCADE,
  device_id  text NOT NULL,
  fetched_at timestamptz(3),
  PRIMARY KEY (stop_id, device_id)
);
-- The manifest looks up "is this device still waiting to hear of a stop?" on every answer.
CREATE INDEX stop_targets_pending ON stop_targets (device_id) WHERE fetched_at IS NULL;

-- What on-site teams record while repairing devices.
CREATE TABLE device_repairs (
  id                bigserial PRIMARY KEY,
  device_id         text NOT NULL,
  status            text NOT NULL CHECK (status IN ('in_repair', 'fixed', 'reimaged')),
  note              text,
  recovery_key_used boolean NOT NULL DEFAULT false,
  actor             text NOT NULL,
  at                timestamptz(3) NOT NULL
);
CREATE INDEX device_repairs_device ON device_repairs (device_id, at);
