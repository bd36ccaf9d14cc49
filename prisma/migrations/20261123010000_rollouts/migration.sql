-- Rollouts: releases, deployments by ring, exposure (what each device was offered), audit log.

-- A ring without a percent only holds devices pinned to it by their heartbeats.
ALTER TABLE rings ALTER COLUMN percent DROP NOT NULL;

CREATE TABLE releases (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  component  text NOT NULL,
  version    text NOT NULL,
  notes      text,
  created_by text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (component, version)
);

-- The version every ring is offered for a component when no deployment says otherwise.
CREATE TABLE component_baselines (
  component  text PRIMARY KEY,
  version    text NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE deployments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  release_id       uuid NOT NULL REFERENCES releases (id),
  component        text NOT NULL,
  version          text NOT NULL,
  -- the baseline when the deployment started: what a rollback offers again
  previous_version text,
  status           text NOT NULL CHECK (status IN ('active', 'paused', 'halted', 'rolled_back', 'completed')),
  auto_pause       boolean NOT NULL DEFAULT true,
  paused_reason    text,
  created_by       text,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now()
);
-- One live rollout per component at a time: two would fight over what the manifest offers.
CREATE UNIQUE INDEX deployments_one_live_per_component ON deployments (component) WHERE status IN ('active', 'paused', 'halted');
CREATE INDEX deployments_created_idx ON deployments (created_at DESC);

CREATE TABLE deployment_stages (
  deployment_id uuid NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
  position      integer NOT NULL,
  ring          text NOT NULL,
  bake_seconds  integer NOT NULL CHECK (bake_seconds >= 0),
  status        text NOT NULL CHECK (status IN ('pending', 'baking', 'passed', 'blocked')),
  started_at    timestamptz(3),
  finished_at   timestamptz(3),
  PRIMARY KEY (deployment_id, position)
);

-- First time a device was offered a release: the exposure a bad release is blamed on.
CREATE TABLE exposures (
  release_id    uuid NOT NULL REFERENCES releases (id),
  device_id     text NOT NULL,
  deployment_id uuid NOT NULL REFERENCES deployments (id),
  ring          text NOT NULL,
  exposed_at    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (release_id, device_id)
);
CREATE INDEX exposures_deployment_ring_idx ON exposures (deployment_id, ring, exposed_at);

CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz(3) NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text NOT NULL,
  reason      text,
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at DESC);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
